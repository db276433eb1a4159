// British English grammar and typography for every text the app writes.
import { OPEN } from './marks';
import type { Grammar } from './types';

const ARTICLE = new RegExp(`(?<![\\p{L}\\p{M}'’-])(a|A) ${OPEN}(?=[aeioAEIO])`, 'gu');

/**
 * English typography: ’ for every apostrophe, “ ” for typed double quotes, no space before
 * ; : ! ? or %, … for three dots, single spaces.
 */
function typography(text: string): string {
  return text
    .replace(/(?<=[\p{L}\p{M}])'(?=[\p{L}\p{M}])/gu, '’')
    .replace(/\.\.\./g, '…')
    .replace(/"([^"\n]+)"/g, '“$1”')
    .replace(/(?<=\S)[ \u00A0\u202F]+([;:!?])(?=\s|$)/gu, '$1')
    .replace(/(\d)[ \u00A0\u202F]+%/gu, '$1%')
    .replace(/[ \u00A0]+(?=[,.](?!\d))/gu, '')
    .replace(/ {2,}/g, ' ')
    .replace(/[ \u00A0\u202F]+$/gmu, '');
}

const formats = new Map<string, Intl.DateTimeFormat>();
function part(time: number, type: 'weekday' | 'month'): string {
  let format = formats.get(type);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { [type]: 'long', timeZone: 'UTC' });
    formats.set(type, format);
  }
  return format.format(time);
}
const day = (time: number) => String(new Date(time).getUTCDate());
const year = (time: number) => String(new Date(time).getUTCFullYear());
const numberFormat = new Intl.NumberFormat('en-GB');

/** British English: « a » before a vowel becomes « an », "Friday 1 May", "4 to 24 August". */
export const english: Grammar = {
  junctions: (text) => text.replace(ARTICLE, (_, a: string) => `${a}n ${OPEN}`),
  typography,
  day: (time) => `${part(time, 'weekday')} ${day(time)} ${part(time, 'month')}`,
  range(from, until) {
    const sameYear = year(from) === year(until);
    const sameMonth = sameYear && part(from, 'month') === part(until, 'month');
    const end = `${day(until)} ${part(until, 'month')}${sameYear ? '' : ` ${year(until)}`}`;
    if (sameMonth) return { from: day(from), until: end };
    const start = `${day(from)} ${part(from, 'month')}${sameYear ? '' : ` ${year(from)}`}`;
    return { from: start, until: end };
  },
  number: (value) => numberFormat.format(value),
};
