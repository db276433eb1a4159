// Decimal numbers as artisans type them ("1 250,50", "12.5", "3"), read into scaled integers so
// that no amount or quantity ever goes through floating point.

/** Why a typed number was refused; each is a locale key under `quotes:problems.*`. */
export type DecimalProblem = 'empty' | 'format' | 'decimals' | 'negative' | 'tooLarge';

/** A parsed number: `value` is the number times 10^scale, exactly. */
export type DecimalResult = { ok: true; value: number } | { ok: false; problem: DecimalProblem };

// Spaces of every kind may separate thousands: typed, pasted from Intl output (U+202F, U+00A0).
const SPACES = /[\s\u00a0\u202f]/g;
const NUMBER = /^([+-]?)(\d*)(?:[.,](\d*))?$/;

/**
 * Reads `text` as a decimal with at most `scale` decimals, scaled to an integer (scale 2:
 * "12,5" → 1250). Refuses more decimals than `scale`, negatives unless `allowNegative`, and
 * values whose scaled integer exceeds `max` (or is not a safe integer).
 */
export function parseDecimal(
  text: string,
  scale: number,
  options: { max?: number; allowNegative?: boolean } = {},
): DecimalResult {
  const compact = text.replace(SPACES, '');
  if (compact === '') return { ok: false, problem: 'empty' };
  const match = NUMBER.exec(compact);
  const [, sign = '', whole = '', fraction = ''] = match ?? [];
  if (!match || (whole === '' && fraction === '')) return { ok: false, problem: 'format' };
  if (fraction.length > scale) return { ok: false, problem: 'decimals' };
  const digits = (whole + fraction.padEnd(scale, '0')).replace(/^0+(?=\d)/, '');
  const magnitude = Number(digits);
  if (!Number.isSafeInteger(magnitude)) return { ok: false, problem: 'tooLarge' };
  if (options.max !== undefined && magnitude > options.max) {
    return { ok: false, problem: 'tooLarge' };
  }
  if (sign === '-' && magnitude !== 0) {
    if (!options.allowNegative) return { ok: false, problem: 'negative' };
    return { ok: true, value: -magnitude };
  }
  return { ok: true, value: magnitude };
}

/** Euros as typed → cents; `max` in cents. */
export function parseCents(text: string, max?: number): DecimalResult {
  return parseDecimal(text, 2, max === undefined ? {} : { max });
}

/** A percentage as typed → basis points (12,5 % → 1250), from 0 to 100 %. */
export function parsePercent(text: string): DecimalResult {
  return parseDecimal(text.replace(/%/g, ''), 2, { max: 10_000 });
}

/** Integer division of `numerator` by a positive `denominator`, rounded half away from zero. */
export function roundDiv(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -rounded : rounded;
}

/** A scaled integer written back as a plain decimal string with a comma ("1250", 2 → "12,5"). */
export function formatScaled(value: number, scale: number): string {
  const negative = value < 0;
  const digits = String(Math.abs(value)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `,${fraction}` : ''}`;
}

/** Cents written as an artisan types euros: "23" for 2300, "4,50" for 450. */
export function formatCentsInput(cents: number): string {
  return cents % 100 === 0
    ? formatScaled(cents, 2)
    : formatScaled(cents, 2).replace(/,(\d)$/, ',$10');
}
