/** Renders a content section: heading, paragraphs, an optional list and its sources. */
import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { Section } from '../../content/schema.ts';
import { SourceCitations } from './source-citations.tsx';

export function SectionView({ section }: { section: Section }) {
  return (
    <section aria-labelledby={`section-${section.id}`} className="app-section">
      <Heading2 id={`section-${section.id}`}>{section.heading}</Heading2>
      {section.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
      {section.list && (
        <UnorderedList>
          {section.list.map((item) => (
            <UnorderedListItem key={item}>{item}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <SourceCitations ids={section.sources} />
    </section>
  );
}
