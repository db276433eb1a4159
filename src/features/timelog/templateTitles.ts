import { createEffect } from 'solid-js';
import { language, loadNamespace } from '../../i18n';
import { FAMILIES, findTemplate } from '../../templates/catalogue';
import { templateTitle } from '../templates/labels';

/**
 * Titles of templates for the dashboard and the entries list. Loads the families' phrase banks
 * (where the titles live) in the current language once `when` is true; until they arrive, and
 * for a template no longer in the catalogue, the id stands in.
 */
export function createTemplateTitles(when: () => boolean): (id: string) => string {
  createEffect(() => {
    if (!when()) return;
    const lang = language();
    Promise.all(FAMILIES.map((family) => loadNamespace(lang, family))).catch((error: unknown) =>
      console.error('Template titles could not be loaded', error),
    );
  });
  return (id) => {
    const template = findTemplate(id);
    return template ? templateTitle(template) : id;
  };
}
