/** A short line naming the sources behind a text, by their ids in sources.yaml. */
import { Paragraph } from '@utrecht/component-library-react';
import { useContentFile, useT } from '../i18n/locale-context.tsx';

export function SourceCitations({ ids }: { ids: readonly string[] | undefined }) {
  // Texts without sources must not wait for sources.yaml to load.
  return ids && ids.length > 0 ? <CitationLine ids={ids} /> : null;
}

function CitationLine({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const { sources } = useContentFile('sources');
  const list = ids
    .map((id) => sources.find((source) => source.id === id)?.citation ?? id)
    .join('; ');
  return (
    <Paragraph small className="app-sources">
      {t('background.sourcesShort', { list })}
    </Paragraph>
  );
}
