/** How participants join: the short code, its QR code and the join address. */
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { formatJoinCode } from '../../../core/group-session/links.ts';
import type { Locale } from '../../../core/locale.ts';
import { useT } from '../../i18n/locale-context.tsx';
import { participantPath } from './join-code-form.tsx';
import { QrCode } from './qr-code.tsx';

/** The address participants open (in the session's language), with the code in it. */
export function joinUrl(code: string, locale: Locale): string {
  return `${window.location.origin}${participantPath(locale, code)}`;
}

export function JoinDetails({
  code,
  locale,
  large = false,
  headingLevel = 2,
}: {
  code: string;
  locale: Locale;
  large?: boolean;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const url = joinUrl(code, locale);
  const Heading = headingLevel === 2 ? Heading2 : Heading3;
  return (
    <div className={large ? 'app-join app-join--large' : 'app-join'}>
      <div className="app-join__text">
        <Heading>{t('session.joinDetails.heading')}</Heading>
        <Paragraph>{t('session.joinDetails.code')}</Paragraph>
        <p className="app-join__code" aria-label={[...code].join(' ')}>
          {formatJoinCode(code)}
        </p>
        <Paragraph>
          {t('session.joinDetails.url')}{' '}
          <a className="utrecht-link utrecht-link--html-a app-join__url" href={url}>
            {url}
          </a>
        </Paragraph>
      </div>
      <QrCode text={url} label={t('session.joinDetails.qr', { url })} />
    </div>
  );
}
