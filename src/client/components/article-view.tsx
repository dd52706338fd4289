/** The heading, lead and sections of a page of running text (articleSchema), then any extra. */
import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { Content } from '../../content/schema.ts';
import { PageHeading } from './page-heading.tsx';
import { SectionView } from './section-view.tsx';

export function ArticleView({
  article,
  children,
}: {
  article: Content['background'];
  children?: ReactNode;
}) {
  return (
    <>
      <PageHeading>{article.heading}</PageHeading>
      <Paragraph lead>{article.lead}</Paragraph>
      {article.sections.map((section) => (
        <SectionView key={section.id} section={section} />
      ))}
      {children}
    </>
  );
}
