// Whether an answer can go into a text that will be validated: the rules each question declares
// (required, a number's bounds, a day not in the past). Pure: the flow gives today's date.
import { answerDay, isAnswered } from './answers';
import type { Answers, AnswerValue, Question } from './types';

/** Why an answer cannot be validated as it stands. */
export type AnswerProblem =
  | { code: 'required' }
  | { code: 'range'; min: number; max: number }
  | { code: 'past' };

/** A local day as the date answers write it ('YYYY-MM-DD'). */
export function isoDay(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * What is wrong with the answer to `question`, or undefined. `today` ('YYYY-MM-DD') is needed to
 * refuse a day in the past; without it that rule is not checked.
 */
export function answerProblem(
  question: Question,
  value: AnswerValue | undefined,
  today?: string,
): AnswerProblem | undefined {
  if (!isAnswered(value)) return question.required ? { code: 'required' } : undefined;
  if (question.kind === 'number') {
    const fits = typeof value === 'number' && value >= question.min && value <= question.max;
    return fits ? undefined : { code: 'range', min: question.min, max: question.max };
  }
  if (question.kind === 'date') {
    const day = answerDay({ [question.id]: value } satisfies Answers, question.id);
    if (day === undefined) return question.required ? { code: 'required' } : undefined;
    const todayTime = today === undefined ? undefined : answerDay({ today }, 'today');
    if (question.notPast && todayTime !== undefined && day < todayTime) return { code: 'past' };
  }
  return undefined;
}
