import type { ButtonHTMLAttributes } from 'react';
import type { LinkStatus } from '../lib/report-index';

/** The page's button styles: one look for every button, in three weights and two sizes. */
export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

const BASE =
  'inline-flex items-center justify-center gap-1.5 rounded-control font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed disabled:opacity-50';
const VARIANT: Record<ButtonVariant, string> = {
  primary: 'bg-brand text-on-brand hover:bg-brand-hover',
  secondary: 'border border-line bg-surface text-ink hover:bg-surface-2',
  ghost: 'text-ink hover:bg-surface-2',
  danger: 'border border-error-line bg-error-soft text-error-ink hover:border-error',
};
const SIZE = { sm: 'h-8 px-2.5 text-sm', md: 'h-9 px-3 text-sm' } as const;

export function buttonClass(variant: ButtonVariant = 'secondary', size: keyof typeof SIZE = 'md'): string {
  return `${BASE} ${VARIANT[variant]} ${SIZE[size]}`;
}

export function Button({
  variant = 'secondary',
  size = 'md',
  className = '',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: keyof typeof SIZE }) {
  return <button type="button" className={`${buttonClass(variant, size)} ${className}`} {...props} />;
}

/** Soft background, ink and border of a link status, for badges and tinted boxes. */
export const TONE: Record<LinkStatus, string> = {
  error: 'bg-error-soft text-error-ink border-error-line',
  warning: 'bg-warning-soft text-warning-ink border-warning-line',
  info: 'bg-info-soft text-info-ink border-info-line',
  ok: 'bg-ok-soft text-ok-ink border-ok-line',
};

/** The solid colour of a status (dots, pins, the legend). */
export const SOLID: Record<LinkStatus, string> = {
  error: 'bg-error',
  warning: 'bg-warning',
  info: 'bg-info',
  ok: 'bg-ok',
};

/** What a status is called on the page. */
export const STATUS_WORDS: Record<LinkStatus, string> = {
  error: 'Problem',
  warning: 'Warning',
  info: 'Note',
  ok: 'OK',
};
