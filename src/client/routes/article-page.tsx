/**
 * A page of running text from one content file: the privacy page and the accessibility
 * statement. Both show no personal data, so they stay readable while the vault is locked.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../components/app-link.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { SectionView } from '../components/section-view.tsx';
import { useContentFile, useT } from '../i18n/locale-context.tsx';

export function ArticlePage({ file }: { file: 'privacy' | 'accessibility' }) {
  const t = useT();
  const article = useContentFile(file);
  return (
    <>
      <PageHeading>{article.heading}</PageHeading>
      <Paragraph lead>{article.lead}</Paragraph>
      {article.sections.map((section) => (
        <SectionView key={section.id} section={section} />
      ))}
      {file === 'privacy' && (
        <Paragraph>
          <AppLink page="mijn-gegevens">{t('privacy.toMyData')}</AppLink>
        </Paragraph>
      )}
    </>
  );
}

export const PrivacyPage = () => <ArticlePage file="privacy" />;
export const AccessibilityPage = () => <ArticlePage file="accessibility" />;
