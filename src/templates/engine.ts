import type {
  Answers,
  AnswerValue,
  ComposeContext,
  Part,
  Question,
  TemplateDefinition,
  Translate,
} from './types';

/** The questions asked for these answers, in order (conditions read earlier answers). */
export function visibleQuestions(definition: TemplateDefinition, answers: Answers): Question[] {
  return definition.questions.filter((question) => question.when?.(answers) ?? true);
}

/** The answers completed with each question's initial value where nothing was answered. */
export function withInitialAnswers(definition: TemplateDefinition, answers: Answers): Answers {
  const completed: Record<string, AnswerValue | undefined> = { ...answers };
  for (const question of definition.questions) {
    if (completed[question.id] !== undefined) continue;
    if ('initial' in question && question.initial !== undefined) {
      completed[question.id] = question.initial;
    }
  }
  return completed;
}

/** Whether an answer is usable (not blank, not an empty choice). */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return Number.isFinite(value);
}

function resolvePart(part: Part, context: ComposeContext, t: Translate, variant: number): string {
  if ('text' in part) return part.text;
  const found = t(part.key, {
    ...part.vars,
    ...(part.count !== undefined ? { count: part.count } : {}),
    ...(context.tone === 'tu' ? { context: 'tu' } : {}),
    returnObjects: true,
  });
  if (Array.isArray(found)) {
    if (found.length === 0) return '';
    return String(found[variant % found.length]);
  }
  return typeof found === 'string' ? found : '';
}

/**
 * Composes a template's text: pure and deterministic for the same definition, answers, context,
 * phrase bank and variant. "Another wording" asks for the next variant.
 */
export function composeText(
  definition: TemplateDefinition,
  answers: Answers,
  context: ComposeContext,
  t: Translate,
  variant = 0,
): string {
  const paragraphs = definition.compose(withInitialAnswers(definition, answers), context);
  return paragraphs
    .map((parts) =>
      parts
        .filter((part): part is Part => part !== null)
        .map((part) => resolvePart(part, context, t, Math.max(0, Math.floor(variant))).trim())
        .filter((text) => text !== '')
        .join(' '),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** How many distinct wordings the variants can give (the longest variant list used). */
export function variantCount(
  definition: TemplateDefinition,
  answers: Answers,
  context: ComposeContext,
  t: Translate,
): number {
  let most = 1;
  for (const parts of definition.compose(withInitialAnswers(definition, answers), context)) {
    for (const part of parts) {
      if (!part || 'text' in part) continue;
      const found = t(part.key, {
        ...(context.tone === 'tu' ? { context: 'tu' } : {}),
        returnObjects: true,
      });
      if (Array.isArray(found)) most = Math.max(most, found.length);
    }
  }
  return most;
}

/** The text of an answer, or '' (for interpolation into phrases). */
export function answerText(answers: Answers, id: string): string {
  const value = answers[id];
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value).trim();
}

/** The number of an answer, or undefined. */
export function answerNumber(answers: Answers, id: string): number | undefined {
  const value = answers[id];
  return typeof value === 'number' ? value : undefined;
}

/** The chip ids chosen for a multiple-choice answer. */
export function answerList(answers: Answers, id: string): readonly string[] {
  const value = answers[id];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' && value !== '' ? [value] : [];
}
