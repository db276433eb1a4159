import { describe, expect, it } from 'vitest';
import { TRADE_FAMILIES, TRADES, type Trade, tradeFamily } from '../../domain/trades';
import { findMeta } from '../../templates/catalogue/meta';
import { firstTemplateFor } from './firstTemplate';
import { stepNumber, WELCOME_STEPS } from './welcomeRules';

describe('stepNumber', () => {
  it('reads a step of the welcome', () => {
    expect(WELCOME_STEPS).toHaveLength(3);
    expect(stepNumber('1')).toBe(1);
    expect(stepNumber('3')).toBe(3);
  });

  it('starts at the first step for anything else', () => {
    for (const param of [undefined, '', '0', '4', '2.5', 'deux']) expect(stepNumber(param)).toBe(1);
  });
});

describe('firstTemplateFor', () => {
  it('opens a template the catalogue shows for every trade', () => {
    for (const trade of Object.keys(TRADES) as Trade[]) {
      const meta = findMeta(firstTemplateFor(trade));
      expect(meta?.trades, trade).toContain(tradeFamily(trade));
    }
  });

  it('opens the first template of the catalogue when no trade was given', () => {
    const meta = findMeta(firstTemplateFor(''));
    expect(meta).toBeDefined();
    expect(meta?.trades).toEqual(TRADE_FAMILIES);
  });

  it('starts with replying to a review, the first use of every trade', () => {
    expect(findMeta(firstTemplateFor('baker'))?.family).toBe('reviews');
    expect(findMeta(firstTemplateFor('plasterer-painter'))?.family).toBe('reviews');
  });
});
