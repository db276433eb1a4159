// The catalogue: its light list (meta.ts) for screens and dashboards, and the definitions, loaded
// per family only when a template is opened.
import type { TemplateDefinition, TemplateFamily } from '../types';
import { findMeta } from './meta';

export { FAMILIES, findMeta, POST_PLATFORMS, type PostPlatform, TEMPLATE_META } from './meta';

const LOADERS: Record<TemplateFamily, () => Promise<readonly TemplateDefinition[]>> = {
  reviews: () => import('./reviews').then((module) => module.REVIEW_TEMPLATES),
  social: () => import('./social').then((module) => module.SOCIAL_TEMPLATES),
};

/** The definitions of a family (their code is a chunk of its own). */
export function loadFamily(family: TemplateFamily): Promise<readonly TemplateDefinition[]> {
  return LOADERS[family]();
}

/** The definition of the template with this id, or undefined when the catalogue lacks it. */
export async function loadDefinition(id: string): Promise<TemplateDefinition | undefined> {
  const meta = findMeta(id);
  if (!meta) return undefined;
  const definitions = await loadFamily(meta.family);
  return definitions.find((definition) => definition.id === id);
}
