import { describe, expect, it } from 'vitest';
import { changeLanguage, initI18n, language, loadNamespace, t } from './index';

describe('namespaces across a language switch', () => {
  it('gives a screen its strings in the new language when the switch comes while they load', async () => {
    await initI18n('fr');
    // A route asks for its strings in French; the saved English applies before they arrive.
    const loading = loadNamespace('fr', 'settings');
    await changeLanguage('en');
    await loading;
    expect(language()).toBe('en');
    expect(t('settings:settings.title')).toBe('Settings');

    await changeLanguage('fr');
    expect(t('settings:settings.title')).toBe('Réglages');
  });
});
