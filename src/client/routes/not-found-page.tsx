/** Shown for any address the toolkit does not know. */
import { Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../components/app-link.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/locale-context.tsx';

export default function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <AppLink page="">{t('notFound.home')}</AppLink>
    </>
  );
}
