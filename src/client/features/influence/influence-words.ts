/** Names of the influence map's categories, rings, levels, ties and flags, from content. */
import { useMemo } from 'react';
import type { InfluenceEntry } from '../../../core/influence-map.ts';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';

export function useInfluenceWords() {
  const t = useT();
  const influence = useContentFile('influence');
  return useMemo(() => {
    const lookup = (list: ReadonlyArray<{ id: string; name: string }>) => {
      const names = new Map(list.map((item) => [item.id, item.name]));
      return (id: string) => names.get(id) ?? id;
    };
    const options = (list: ReadonlyArray<{ id: string; name: string }>) =>
      list.map((item) => ({ value: item.id, label: item.name }));
    const category = lookup(influence.categories);
    const ring = lookup(influence.rings);
    const level = lookup(influence.levels);
    const tie = lookup(influence.ties);
    const flag = lookup(influence.flags);
    return {
      category,
      ring,
      level,
      tie,
      flag,
      options: {
        categories: options(influence.categories),
        rings: options(influence.rings),
        levels: options(influence.levels),
        ties: options(influence.ties),
        flags: options(influence.flags),
      },
      /** One line with everything about an entry but its label. */
      describe: (entry: InfluenceEntry) =>
        [
          category(entry.category),
          ring(entry.ring),
          t('influence.influenceIs', { level: level(entry.influence) }),
          entry.ties.map(tie).join(', '),
          entry.flags.map(flag).join(', '),
        ]
          .filter(Boolean)
          .join(' · '),
    };
  }, [influence, t]);
}
