/**
 * The page's h1. Sets the browser tab title and, after an in-app navigation, moves focus to
 * the heading so screen reader and keyboard users start at the new page's top.
 */
import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { markFirstPageShown } from '../first-page.ts';
import { useT } from '../i18n/locale-context.tsx';

export function PageHeading({ children }: { children: string }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.pageTitle', { page: children });
  }, [children, t]);

  useEffect(() => {
    // The first page keeps the browser's own focus start; later pages were reached by a link.
    if (!markFirstPageShown()) {
      window.scrollTo(0, 0);
      ref.current?.focus();
    }
  }, []);

  return (
    <Heading1 ref={ref} tabIndex={-1} className="app-page-heading">
      {children}
    </Heading1>
  );
}
