import { createRoot } from 'solid-js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/database';
import { saveProfile } from '../../db/profile';
import { createQuote } from '../../db/quotes';
import { createQuoteEditor } from './editorState';
import { buildingSarl, completeContent, line } from './rules/testing';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the quote editor', () => {
  it('follows the profile: a mention fixed in Settings leaves the checker at once', async () => {
    const profile = { ...buildingSarl(), mediatorName: 'CM2C', mediatorWebsite: '' };
    await saveProfile(profile);
    const quote = await createQuote({
      templateId: 'quote-free',
      content: completeContent([line('l1', '1', '100', 2000)]),
    });
    const { editor, dispose } = createRoot((dispose) => ({
      editor: createQuoteEditor(quote.id),
      dispose,
    }));
    await vi.waitFor(() => expect(editor.ready()).toBe(true));
    const mediatorFinding = () =>
      editor.findings().some((finding) => finding.id === 'company.mediatorWebsite');
    expect(mediatorFinding()).toBe(true);

    await saveProfile({ ...profile, mediatorWebsite: 'cm2c.net' });
    await vi.waitFor(() => expect(editor.profile().mediatorWebsite).toBe('cm2c.net'));
    expect(mediatorFinding()).toBe(false);
    dispose();
  });
});
