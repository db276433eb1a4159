import { describe, expect, it } from 'vitest';
import { foldText, matchesAllWords } from './search';

describe('search helpers', () => {
  it('folds case and accents', () => {
    expect(foldText('Élevé À Noël')).toBe('eleve a noel');
  });

  it('matches when every word appears, in any order', () => {
    expect(matchesAllWords('Pose du carrelage élégant', 'ELEGANT carrelage')).toBe(true);
    expect(matchesAllWords('Pose du carrelage', 'carrelage plomberie')).toBe(false);
    expect(matchesAllWords('anything', '   ')).toBe(true);
  });
});
