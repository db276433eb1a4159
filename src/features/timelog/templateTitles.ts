import { createEffect } from 'solid-js';
import { language, loadNamespace } from '../../i18n';
import { findMeta } from '../../templates/catalogue/meta';
import { CATALOGUE_NS, templateTitle } from '../templates/labels';

/**
 * Titles of templates for the dashboard and the entries list. Loads the small `catalogue`
 * namespace (titles only, no phrase bank) in the current language once `when` is true; until it
 * arrives, and for a template no longer in the catalogue, the id stands in.
 */
export function createTemplateTitles(when: () => boolean): (id: string) => string {
  createEffect(() => {
    if (!when()) return;
    loadNamespace(language(), CATALOGUE_NS).catch((error: unknown) =>
      console.error('Template titles could not be loaded', error),
    );
  });
  return (id) => {
    const meta = findMeta(id);
    return meta ? templateTitle(meta) : id;
  };
}
