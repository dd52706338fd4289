/**
 * A link to a page of the toolkit in the current language, styled as an NL Design System
 * link. `page` is the path without language prefix ('' for home).
 */
import type { ReactNode } from 'react';
import { Link as RouterLink, type LinkProps } from 'react-router';
import { useLocale } from '../i18n/locale-context.tsx';
import { pathFor } from '../i18n/paths.ts';

type AppLinkProps = Omit<LinkProps, 'to'> & { page: string; children: ReactNode; variant?: 'link' | 'button' };

export function AppLink({ page, variant = 'link', className, ...props }: AppLinkProps) {
  const locale = useLocale();
  const base =
    variant === 'button'
      ? 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action'
      : 'utrecht-link utrecht-link--html-a';
  return <RouterLink to={pathFor(locale, page)} className={className ? `${base} ${className}` : base} {...props} />;
}
