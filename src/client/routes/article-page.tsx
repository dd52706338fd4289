/**
 * The privacy page and the accessibility statement, each from one content file. Both show no
 * personal data, so they stay readable while the vault is locked.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../components/app-link.tsx';
import { ArticleView } from '../components/article-view.tsx';
import { useContentFile, useT } from '../i18n/locale-context.tsx';

export function PrivacyPage() {
  const t = useT();
  return (
    <ArticleView article={useContentFile('privacy')}>
      <Paragraph>
        <AppLink page="mijn-gegevens">{t('privacy.toMyData')}</AppLink>
      </Paragraph>
    </ArticleView>
  );
}

export function AccessibilityPage() {
  return <ArticleView article={useContentFile('accessibility')} />;
}
