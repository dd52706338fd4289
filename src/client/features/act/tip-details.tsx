/** What a tip says: what to do, why, its node and effort, and its sources. */
import { Paragraph } from '@utrecht/component-library-react';
import type { Content } from '../../../content/schema.ts';
import { SourceCitations } from '../../components/source-citations.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';

type Tip = Content['tips']['tips'][number];

export function TipDetails({ tip }: { tip: Tip }) {
  const t = useT();
  const model = useContentFile('model');
  const node = model.nodes.find((candidate) => candidate.id === tip.node)!.name;
  return (
    <>
      <Paragraph>{tip.action}</Paragraph>
      <Paragraph>
        <strong>{t('act.tip.why')}</strong> {tip.why}
      </Paragraph>
      <Paragraph small>
        {t('act.tip.meta', { node, effort: t(`act.effort.${tip.effort}`) })}
      </Paragraph>
      <SourceCitations ids={tip.sources} />
    </>
  );
}
