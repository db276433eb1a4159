// Questions and parts every family shares: who the text is for, how to address them, who signs.

import type { Composition } from '../composition';
import type { Part, QuestionSpec, Scope, TemplateDefinition, VocabFamily } from '../types';
import { metaOf } from './meta';

/** The customer's first name, as typed (optional: never required to reply). */
export const customerNameQuestion: QuestionSpec = {
  id: 'customerName',
  kind: 'text',
  maxLength: 40,
  optional: true,
};

/** Formal or familiar address (never asked for LinkedIn, where nobody is « tu »). */
export const toneQuestion: QuestionSpec = {
  id: 'tone',
  kind: 'single',
  options: ['vous', 'tu'],
  initial: 'vous',
  when: (_, scope) => scope.platform !== 'linkedin',
};

/** Who signs: the artisan's first name (the company name comes from the profile). */
export const signerQuestion: QuestionSpec = {
  id: 'signer',
  kind: 'text',
  maxLength: 40,
  optional: true,
};

/** Chips per trade family, `neutral` while no trade is set. */
export type ByFamily = Readonly<Record<VocabFamily, readonly string[]>>;

/** Chip options read from a table per trade family. */
export function byFamily(table: ByFamily): (scope: Scope) => readonly string[] {
  return (scope) => table[scope.family];
}

/** "Bonjour Marie," or "Bonjour," when no name was given. */
export function greeting(c: Composition): Part {
  const name = c.text('customerName');
  return name ? c.say('greeting.named', { name }) : c.say('greeting.plain');
}

/** The signature: first name and company, or the company alone, or the first name alone. */
export function signature(c: Composition): Part | null {
  const signer = c.text('signer');
  const company = c.context.company.name.trim();
  if (signer && company) return c.say('signature.both', { signer });
  if (company) return c.say('signature.company');
  if (signer) return c.say('signature.signer', { signer });
  return null;
}

/** A definition: the catalogue entry of `id`, its questions and its composition. */
export function define(
  id: string,
  questions: readonly QuestionSpec[],
  compose: TemplateDefinition['compose'],
): TemplateDefinition {
  return { ...metaOf(id), questions, compose };
}
