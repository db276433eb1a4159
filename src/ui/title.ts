import { createEffect } from 'solid-js';
import { t } from '../i18n';

/** The document title for a screen: « Temps gagné · Établi »; the app's name alone for ''. */
export function documentTitle(screen: string): string {
  const app = t('app.name');
  return screen === '' ? app : `${screen} · ${app}`;
}

/**
 * Names the browser tab, the task switcher and what a screen reader announces after a change
 * of screen after the current screen (follows the language).
 */
export function useDocumentTitle(screen: () => string): void {
  createEffect(() => {
    document.title = documentTitle(screen());
  });
}
