/**
 * A link to a page of the toolkit in the current language, styled as an NL Design System
 * link (or button link). `page` is the path without language prefix ('' for home).
 * Navigation happens in the app, without reloading.
 */
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { Locale } from '../../core/locale.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { parsePath, pathFor } from '../../core/locale-paths.ts';

type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  page: string;
  children: ReactNode;
  variant?: 'link' | 'button' | 'nav';
  /** Another language than the current one (for the language switch). */
  locale?: Locale;
};

const variantClass = {
  link: 'utrecht-link utrecht-link--html-a',
  button: 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action',
  nav: 'app-nav__link',
};

export function AppLink({ page, variant = 'link', locale, className, ...props }: AppLinkProps) {
  const current = useLocale();
  const [location] = useLocation();
  const target = pathFor(locale ?? current, page);
  const isCurrent = variant === 'nav' && parsePath(location).page === page;
  return (
    <Link
      href={target}
      className={className ? `${variantClass[variant]} ${className}` : variantClass[variant]}
      aria-current={isCurrent ? 'page' : undefined}
      {...props}
    />
  );
}
