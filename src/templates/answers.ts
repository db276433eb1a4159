import type { Answers, AnswerValue } from './types';

/** Whether an answer is usable (not blank, not an empty choice). */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return Number.isFinite(value);
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
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The chip ids chosen for a multiple-choice answer. */
export function answerList(answers: Answers, id: string): readonly string[] {
  const value = answers[id];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/** A 'YYYY-MM-DD' answer as a UTC timestamp, or undefined when it is no real day. */
export function answerDay(answers: Answers, id: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(answerText(answers, id));
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, date);
  const check = new Date(time);
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === date ? time : undefined;
}
