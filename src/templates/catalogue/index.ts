import type { TemplateDefinition, TemplateFamily } from '../types';
import { REVIEW_TEMPLATES } from './reviews';
import { SOCIAL_TEMPLATES } from './social';

/** Every guided template bundled with the app. */
export const TEMPLATES: readonly TemplateDefinition[] = [...REVIEW_TEMPLATES, ...SOCIAL_TEMPLATES];

/** The template with this id, or undefined. */
export function findTemplate(id: string): TemplateDefinition | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

/** The families, in the order the catalogue shows them. */
export const FAMILIES: readonly TemplateFamily[] = ['reviews', 'social'];
