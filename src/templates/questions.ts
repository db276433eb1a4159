// Question builders and their resolution for one artisan: chip lists may depend on the trade
// family and the platform (a garage is not offered a Valentine's promotion).
import type { Answers, Options, Question, QuestionSpec, Scope } from './types';

type Extra = Pick<QuestionSpec, 'when' | 'optional' | 'required'>;

/** The chips of a question for a scope. */
export function resolveOptions(options: Options, scope: Scope): readonly string[] {
  return typeof options === 'function' ? options(scope) : options;
}

/** A question as the flow asks it for a scope; an initial chip the scope lacks becomes its first. */
export function resolveQuestion(spec: QuestionSpec, scope: Scope): Question {
  if (spec.kind === 'single') {
    const options = resolveOptions(spec.options, scope);
    const wanted = typeof spec.initial === 'function' ? spec.initial(scope) : spec.initial;
    if (wanted === undefined) return { ...spec, options, initial: undefined };
    return { ...spec, options, initial: options.includes(wanted) ? wanted : options[0] };
  }
  if (spec.kind === 'multiple') return { ...spec, options: resolveOptions(spec.options, scope) };
  return spec;
}

/** One chip among several, skippable unless said otherwise. */
export function single(
  id: string,
  options: Options,
  extra: Extra & { initial?: string | ((scope: Scope) => string | undefined) } = {},
): QuestionSpec {
  return { id, kind: 'single', options, optional: true, ...extra };
}

/** Up to `max` chips, skippable. */
export function multiple(
  id: string,
  options: Options,
  max: number,
  extra: Extra = {},
): QuestionSpec {
  return { id, kind: 'multiple', options, max, optional: true, ...extra };
}

/** A short typed text, skippable unless required. */
export function typed(id: string, maxLength: number, extra: Extra = {}): QuestionSpec {
  return { id, kind: 'text', maxLength, optional: !extra.required, ...extra };
}

/** A day, skippable unless required; `notPast` refuses a day before today. */
export function day(id: string, extra: Extra & { notPast?: boolean } = {}): QuestionSpec {
  return { id, kind: 'date', optional: !extra.required, ...extra };
}

/** A whole number within bounds, with no default (a commitment nobody chose is no commitment). */
export function amount(id: string, min: number, max: number, extra: Extra = {}): QuestionSpec {
  return { id, kind: 'number', min, max, optional: !extra.required, ...extra };
}

/** Whether the answer to `id` is one of `values` (for conditions). */
export function answerIs(id: string, ...values: string[]) {
  return (answers: Answers) => values.includes(String(answers[id] ?? ''));
}
