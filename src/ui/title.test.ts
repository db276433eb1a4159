import { describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { documentTitle } from './title';

describe('documentTitle', () => {
  it('names the screen, then the app', async () => {
    await initI18n('fr');
    expect(documentTitle('Temps gagné')).toBe('Temps gagné · Établi');
    expect(documentTitle('')).toBe('Établi');
  });
});
