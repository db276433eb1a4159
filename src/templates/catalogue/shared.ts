import { answerText } from '../engine';
import type { Answers, ComposeContext, Part, Question } from '../types';

/** The reviewer's first name, as typed (optional: never required to reply). */
export const customerNameQuestion: Question = {
  id: 'customerName',
  kind: 'text',
  maxLength: 40,
  optional: true,
};

/** Formal or familiar address. */
export const toneQuestion: Question = {
  id: 'tone',
  kind: 'single',
  options: ['vous', 'tu'],
  initial: 'vous',
};

/** Who signs: the artisan's first name (the company name comes from the profile). */
export const signerQuestion: Question = {
  id: 'signer',
  kind: 'text',
  maxLength: 40,
  optional: true,
};

/** "Bonjour Marie," or "Bonjour," when no name was given. */
export function greeting(answers: Answers): Part {
  const name = answerText(answers, 'customerName');
  return name
    ? { key: 'phrases.greeting.named', vars: { name } }
    : { key: 'phrases.greeting.plain' };
}

/** The signature: first name and company, or the company alone. */
export function signature(answers: Answers, context: ComposeContext): Part | null {
  const signer = answerText(answers, 'signer');
  const company = context.company.name.trim();
  if (signer && company) return { key: 'phrases.signature.both', vars: { signer, company } };
  if (company) return { key: 'phrases.signature.company', vars: { company } };
  if (signer) return { text: signer };
  return null;
}
