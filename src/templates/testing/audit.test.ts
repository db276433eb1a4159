// The editor's rules themselves: a rule that never fires guards nothing.
import { describe, expect, it } from 'vitest';
import type { Scope } from '../types';
import { auditText } from './audit';

const scope: Scope = {
  platform: 'instagram',
  trade: '',
  family: 'building',
  tone: 'vous',
  voice: 'nous',
};

describe('auditText, English', () => {
  it('flags the French turns a British editor strikes', () => {
    for (const text of [
      'A few hours of work were enough.',
      'A concrete solution is waiting for you.',
      'What we tell every client so that it lasts.',
    ]) {
      expect(auditText(text, 'en', scope, 'instagram').join(' '), text).toContain('French turn');
    }
  });

  it('lets plain British wording through', () => {
    expect(
      auditText('Just a few hours’ work. All done in a day.', 'en', scope, 'instagram'),
    ).toEqual([]);
  });
});
