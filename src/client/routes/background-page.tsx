/** Achtergrond: how the toolkit works, its model (nodes and factors) and its sources. */
import { Heading2, Heading3, Link, Paragraph } from '@utrecht/component-library-react';
import { ArticleView } from '../components/article-view.tsx';
import { SourceCitations } from '../components/source-citations.tsx';
import { useContentFile, useT } from '../i18n/locale-context.tsx';

export default function BackgroundPage() {
  const t = useT();
  const background = useContentFile('background');
  const model = useContentFile('model');
  const { sources } = useContentFile('sources');
  const nodeName = (id: string) => model.nodes.find((node) => node.id === id)?.name ?? id;
  return (
    <ArticleView article={background}>
      <section aria-labelledby="nodes">
        <Heading2 id="nodes">{t('background.nodes')}</Heading2>
        <dl className="app-definitions">
          {model.nodes.map((node) => (
            <div key={node.id} id={`node-${node.id}`}>
              <dt>{node.name}</dt>
              <dd>{node.description}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="factors">
        <Heading2 id="factors">{t('background.factors')}</Heading2>
        <ol className="app-cards">
          {model.factors.map((factor) => (
            <li key={factor.id} id={`factor-${factor.id}`} className="app-card">
              <Heading3>{factor.name}</Heading3>
              <Paragraph small className="app-card__meta">
                {t('background.factorNode', { node: nodeName(factor.node) })}
              </Paragraph>
              {factor.description.map((paragraph) => (
                <Paragraph key={paragraph}>{paragraph}</Paragraph>
              ))}
              <SourceCitations ids={factor.sources} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="sources">
        <Heading2 id="sources">{t('background.sources')}</Heading2>
        <ul className="app-source-list">
          {sources.map((source) => (
            <li key={source.id} id={`source-${source.id}`}>
              {source.citation}
              {source.url && (
                <>
                  {' '}
                  <Link href={source.url} rel="noreferrer">
                    {source.url.replace(/^https:\/\//, '')}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
    </ArticleView>
  );
}
