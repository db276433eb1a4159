import { beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../lib/clock';
import { createCustomer } from './customers';
import { db } from './database';
import { saveQuoteSettings } from './quoteSettings';
import {
  answerQuote,
  assignNumber,
  createQuote,
  deleteDraftQuote,
  duplicateQuote,
  getQuote,
  issueQuote,
  listQuotes,
  listVersions,
  logQuoteMinutes,
  reviseQuote,
  saveQuoteContent,
} from './quotes';
import { quotesAwaitingAnswer } from './quotesAwaiting';
import type { QuoteContent } from './schema';
import { frozenOf, sampleContent } from './testing/quoteCalls';

const MARCH = Date.parse('2026-03-02T10:00:00+01:00');
let clock = MARCH;

/** The sample content, for one customer, with a decimal quantity (kept out of the outbox). */
function content(title = 'Peinture séjour'): QuoteContent {
  const sample = sampleContent();
  const items = sample.items.map((item) =>
    item.type === 'line' ? { ...item, quantity: '42,5' } : item,
  );
  return { ...sample, title, customerId: 'c1', items };
}

const signature = {
  image: { type: 'image/png' as const, bytes: new Uint8Array([137, 80, 78, 71]) },
  signerName: 'Mme Roux',
  signedAt: MARCH + 60_000,
};

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  clock = MARCH;
  const restore = setClock(() => clock);
  return restore;
});

describe('quote drafts', () => {
  it('saves the content as typed and lists the latest first', async () => {
    const a = await createQuote({ content: content('A'), templateId: 'quote-paint-room' });
    clock += 1000;
    const b = await createQuote({ content: content('B'), templateId: 'quote-blank' });
    clock += 1000;
    const typed = { ...a.content, validityDays: 'trente' };
    expect(await saveQuoteContent(a.id, typed, 'l1')).toBe(true);
    expect((await getQuote(a.id))?.content.validityDays).toBe('trente');
    expect((await getQuote(a.id))?.focus).toBe('l1');
    expect((await listQuotes()).map((q) => q.id)).toEqual([a.id, b.id]);
  });

  it('deletes a draft without a number, never a numbered one', async () => {
    const draft = await createQuote({ content: content(), templateId: 'quote-blank' });
    expect(await deleteDraftQuote(draft.id)).toEqual(draft);
    expect(await getQuote(draft.id)).toBeUndefined();
    const numbered = await assignNumber(
      (await createQuote({ content: content(), templateId: 'quote-blank' })).id,
    );
    await expect(deleteDraftQuote(numbered.id)).rejects.toThrow(/numbered/);
  });
});

describe('numbering', () => {
  it('numbers D-YYYY-NNNN in order, once per quote, and never reuses a number', async () => {
    const ids = [];
    for (let i = 0; i < 3; i += 1)
      ids.push((await createQuote({ content: content(), templateId: 'quote-blank' })).id);
    const numbers = await Promise.all(ids.map((id) => assignNumber(id).then((q) => q.number)));
    expect(new Set(numbers)).toEqual(new Set(['D-2026-0001', 'D-2026-0002', 'D-2026-0003']));
    expect((await assignNumber(ids[0]!)).number).toBe(numbers[0]);
    // A numbered quote is never deleted, and a deleted draft had no number: the next is 0004.
    const draft = await createQuote({ content: content(), templateId: 'quote-blank' });
    await deleteDraftQuote(draft.id);
    expect(
      (
        await assignNumber(
          (
            await createQuote({ content: content(), templateId: 'quote-blank' })
          ).id,
        )
      ).number,
    ).toBe('D-2026-0004');
  });

  it('uses the device prefix, one series per prefix and per year', async () => {
    await saveQuoteSettings({
      devicePrefix: 'LM',
      validityDays: 30,
      paymentTerms: '',
      executionTerms: '',
    });
    const first = await assignNumber(
      (await createQuote({ content: content(), templateId: 'quote-blank' })).id,
    );
    expect(first.number).toBe('D-LM-2026-0001');
    expect(first.issuedAt).toBe(MARCH);
    clock = Date.parse('2027-01-04T09:00:00+01:00');
    const next = await assignNumber(
      (await createQuote({ content: content(), templateId: 'quote-blank' })).id,
    );
    expect(next.number).toBe('D-LM-2027-0001');
    await expect(
      saveQuoteSettings({
        devicePrefix: 'l-m',
        validityDays: 30,
        paymentTerms: '',
        executionTerms: '',
      }),
    ).rejects.toThrow(RangeError);
  });
});

describe('issuing', () => {
  it('freezes a sent quote: the content no longer changes, the customer can answer', async () => {
    const quote = await assignNumber(
      (await createQuote({ content: content(), templateId: 'quote-paint-room' })).id,
    );
    const sent = await issueQuote(quote.id, frozenOf(quote), { kind: 'sent' });
    expect(sent).toMatchObject({
      status: 'sent',
      sentAt: MARCH,
      frozen: { number: 'D-2026-0001' },
    });
    expect(await saveQuoteContent(quote.id, content('changed'))).toBe(false);
    expect(await quotesAwaitingAnswer()).toEqual([
      { id: quote.id, number: 'D-2026-0001', customerName: '', sentAt: MARCH },
    ]);
    clock += 1000;
    expect(await answerQuote(quote.id, 'refused')).toMatchObject({
      status: 'refused',
      refusedAt: MARCH + 1000,
    });
    expect(await quotesAwaitingAnswer()).toEqual([]);
  });

  it('stores the signature with an accepted quote and refuses a frozen copy of another number', async () => {
    const quote = await assignNumber(
      (await createQuote({ content: content(), templateId: 'quote-paint-room' })).id,
    );
    await expect(
      issueQuote(quote.id, { ...frozenOf(quote), number: 'D-2026-0099' }, { kind: 'sent' }),
    ).rejects.toThrow();
    const signed = await issueQuote(quote.id, frozenOf(quote), { kind: 'signed', signature });
    expect(signed).toMatchObject({
      status: 'accepted',
      acceptedAt: signature.signedAt,
      signature: { signerName: 'Mme Roux' },
    });
    // Compared as numbers: the stored copy's Uint8Array comes from another realm.
    expect(Array.from((await getQuote(quote.id))?.signature?.image.bytes ?? [])).toEqual([
      137, 80, 78, 71,
    ]);
  });

  it('makes a new version to change a signed quote, with the number suffixed', async () => {
    const quote = await assignNumber(
      (await createQuote({ content: content(), templateId: 'quote-paint-room' })).id,
    );
    await issueQuote(quote.id, frozenOf(quote), { kind: 'signed', signature });
    const v2 = await reviseQuote(quote.id);
    expect(v2).toMatchObject({
      version: 2,
      rootId: quote.id,
      number: 'D-2026-0001-V2',
      status: 'draft',
    });
    expect(v2.content).toEqual(quote.content);
    expect(await saveQuoteContent(v2.id, content('v2'))).toBe(true);
    expect((await getQuote(quote.id))?.content.title).toBe('Peinture séjour');
    expect((await reviseQuote(quote.id)).id).toBe(v2.id);
    expect((await listQuotes()).map((q) => q.id)).toEqual([v2.id]);
    const v2issued = await issueQuote(v2.id, frozenOf({ ...v2 }), { kind: 'sent' });
    const v3 = await reviseQuote(v2issued.id);
    expect(v3.number).toBe('D-2026-0001-V3');
    expect((await listVersions(quote.id)).map((q) => q.version)).toEqual([1, 2, 3]);
  });

  it('duplicates a quote into a new draft without a number', async () => {
    const quote = await assignNumber(
      (await createQuote({ content: content(), templateId: 'quote-paint-room' })).id,
    );
    const copy = await duplicateQuote(quote.id);
    expect(copy).toMatchObject({ status: 'draft', version: 1, templateId: 'quote-paint-room' });
    expect(copy.number).toBeUndefined();
    expect(copy.rootId).toBe(copy.id);
    expect(copy.content).toEqual(quote.content);
  });
});

describe('indicators', () => {
  it('queues only minutes, the "quotes" category and the template id, once per quote', async () => {
    await createCustomer(
      { name: 'Mme Roux', address: '3 place du Marché', phone: '06 11 22 33 44' },
      'c1',
    );
    const quote = await assignNumber(
      (await createQuote({ content: content(), templateId: 'quote-paint-room' })).id,
    );
    await issueQuote(quote.id, frozenOf(quote), { kind: 'signed', signature });
    const { created } = await logQuoteMinutes(quote, 35);
    expect(created).toBe(true);
    const v2 = await reviseQuote(quote.id);
    expect((await logQuoteMinutes(v2, 20)).created).toBe(false);
    const outbox = await db.outbox.toArray();
    expect(outbox).toEqual([
      {
        id: expect.any(String),
        type: 'time_saved',
        occurredAt: clock,
        minutes: 35,
        category: 'quotes',
        templateId: 'quote-paint-room',
        queuedAt: clock,
      },
    ]);
    // The random event ids are left out: a hex id may well contain "23".
    const text = JSON.stringify(outbox.map(({ id: _id, ...event }) => event));
    for (const secret of ['Roux', 'Marché', '06 11', 'Peinture', '42,5', '23', 'D-2026'])
      expect(text).not.toContain(secret);
  });
});
