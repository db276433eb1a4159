import { A, type AnchorProps } from '@solidjs/router';
import { type JSX, splitProps } from 'solid-js';

/** How a button looks: its weight, full width, or a square holding a symbol. */
export interface ButtonLook {
  /** primary: the screen's main action; secondary (default): the others; danger: destroys. */
  variant?: 'primary' | 'secondary' | 'danger';
  wide?: boolean;
  /** A square button holding one symbol (e.g. − and +); give it an `aria-label`. */
  icon?: boolean;
  class?: string;
}

const LOOK = ['variant', 'wide', 'icon', 'class'] as const;

/** The classes of a control that looks like a button (theme.css draws them). */
export function buttonClass(look: ButtonLook): string {
  return [
    'button',
    look.variant !== 'secondary' && look.variant,
    look.wide && 'wide',
    look.icon && 'icon-only',
    look.class,
  ]
    .filter(Boolean)
    .join(' ');
}

/** A button at least 48 px high; `type` is "button" unless said otherwise. */
export function Button(props: ButtonLook & JSX.ButtonHTMLAttributes<HTMLButtonElement>) {
  const [look, rest] = splitProps(props, LOOK);
  return <button type="button" {...rest} class={buttonClass(look)} />;
}

/** A link to a screen of the app that looks like a button. */
export function ButtonLink(props: ButtonLook & AnchorProps) {
  const [look, rest] = splitProps(props, LOOK);
  return <A {...rest} class={buttonClass(look)} />;
}
