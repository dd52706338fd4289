/**
 * What an organisation overlay adds to a page, shown above the national routes: who the
 * organisation is, its own links (gedragscode, agressieprotocol, register of nevenfuncties,
 * meldroute) and, passed as children, its own contacts. Renders nothing without an overlay.
 */
import {
  Heading2,
  Heading3,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { Organisation } from '../../content/schema.ts';
import { organisationLinkKinds } from '../../core/organisation.ts';
import { useT } from '../i18n/locale-context.tsx';

export function LocalOrganisation({
  organisation,
  children,
}: {
  organisation: Organisation | null;
  children?: ReactNode;
}) {
  const t = useT();
  if (!organisation) return null;
  const links = [...(organisation.links ?? [])].sort(
    (a, b) => organisationLinkKinds.indexOf(a.kind) - organisationLinkKinds.indexOf(b.kind),
  );
  return (
    <section aria-labelledby="local-organisation" className="app-section app-callout">
      <Heading2 id="local-organisation">
        {t('local.heading', { organisation: organisation.name })}
      </Heading2>
      <Paragraph>{organisation.intro}</Paragraph>
      {children}
      {links.length > 0 && (
        <>
          <Heading3 id="local-links">{t('local.links')}</Heading3>
          <UnorderedList aria-labelledby="local-links">
            {links.map((link) => (
              <UnorderedListItem key={link.id}>
                <Link href={link.url} rel="noreferrer">
                  {link.title}
                </Link>
                : {link.description}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  );
}
