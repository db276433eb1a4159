// The quote tables' part of the data layer's write test (writes.test.ts): records to act on, and
// one sample call per exported function, sorted into writes and reads. Test support only.
import { addCatalogItem, deleteCatalogItem } from '../catalog';
import { createCustomer } from '../customers';
import { DEFAULT_QUOTE_SETTINGS } from '../quoteSettings';
import { assignNumber, createQuote, deleteDraftQuote, issueQuote } from '../quotes';
import type { CatalogItem, FrozenQuote, QuoteContent, QuoteRecord } from '../schema';

/** Quote records the sample calls act on. */
export interface QuoteSeed {
  draft: QuoteRecord;
  numbered: QuoteRecord;
  sent: QuoteRecord;
  deletedQuote: QuoteRecord;
  catalogId: string;
  deletedCatalogItem: CatalogItem;
  customerId: string;
}

/** A small, complete quote content. */
export function sampleContent(): QuoteContent {
  return {
    title: 'Peinture séjour',
    customerId: null,
    items: [
      {
        type: 'line',
        id: 'l1',
        designation: 'Peinture des murs',
        quantity: '12',
        unit: 'm2',
        unitPrice: '23',
        vatRate: 1000,
        discount: '',
      },
    ],
    travel: '',
    travelVatRate: 1000,
    discount: { kind: 'percent', value: '' },
    deposit: { kind: 'percent', value: '30' },
    validityDays: '30',
    startDate: '',
    leadTime: '2 semaines',
    paymentTerms: 'À réception',
    executionTerms: '',
    notes: '',
    quotePrice: '',
    offPremises: true,
    receivedBeforeWork: true,
    reducedRateCertification: true,
  };
}

/** The frozen copy of a numbered quote (its hash is not checked by the data layer). */
export function frozenOf(quote: QuoteRecord): FrozenQuote {
  return {
    number: quote.number ?? '',
    issuedAt: quote.issuedAt ?? 0,
    profile: {},
    customer: null,
    content: quote.content,
    hash: 'a'.repeat(64),
  };
}

/** Makes the records: a draft, a numbered draft, a sent quote, a deleted draft, library items, a customer. */
export async function seedQuotes(): Promise<QuoteSeed> {
  const make = () => createQuote({ content: sampleContent(), templateId: 'quote-blank' });
  const draft = await make();
  const numbered = await assignNumber((await make()).id);
  const toSend = await assignNumber((await make()).id);
  const sent = await issueQuote(toSend.id, frozenOf(toSend), { kind: 'sent' });
  const deletedQuote = (await deleteDraftQuote((await make()).id)) as QuoteRecord;
  const fields = { section: 'Fournitures', designation: 'Prise', unit: 'u', unitPrice: 1200 };
  const item = await addCatalogItem({ ...fields, vatRate: 2000 });
  const gone = await addCatalogItem({ ...fields, vatRate: 1000 });
  const deletedCatalogItem = (await deleteCatalogItem(gone.id)) as CatalogItem;
  const customerId = (await createCustomer({ name: 'Élise Roux' })).id;
  return {
    draft,
    numbered,
    sent,
    deletedQuote,
    catalogId: item.id,
    deletedCatalogItem,
    customerId,
  };
}

/** A sample call of one function: its arguments given to `run`, which calls it. */
type Sample = (seed: QuoteSeed, run: (...args: unknown[]) => Promise<unknown>) => Promise<unknown>;

/** Sample calls, by module then function (keys kept apart so they read as no locale key). */
export type Samples = Record<string, Record<string, Sample>>;

/** Sample calls of the functions that write. */
export const QUOTE_WRITES: Samples = {
  quotes: {
    createQuote: (_, run) => run({ content: sampleContent(), templateId: 'quote-blank' }),
    saveQuoteContent: ({ draft }, run) =>
      run(draft.id, { ...sampleContent(), title: 'Cuisine' }, 'l1'),
    assignNumber: ({ draft }, run) => run(draft.id),
    issueQuote: ({ numbered }, run) => run(numbered.id, frozenOf(numbered), { kind: 'sent' }),
    answerQuote: ({ sent }, run) => run(sent.id, 'accepted'),
    reviseQuote: ({ sent }, run) => run(sent.id),
    duplicateQuote: ({ sent }, run) => run(sent.id),
    deleteDraftQuote: ({ draft }, run) => run(draft.id),
    restoreQuote: ({ deletedQuote }, run) => run(deletedQuote),
    logQuoteMinutes: ({ sent }, run) => run(sent, 15),
  },
  catalog: {
    addCatalogItem: (_, run) =>
      run({
        section: '',
        designation: 'Interrupteur',
        unit: 'u',
        unitPrice: 900,
        vatRate: 2000,
      }),
    deleteCatalogItem: ({ catalogId }, run) => run(catalogId),
    restoreCatalogItem: ({ deletedCatalogItem }, run) => run(deletedCatalogItem),
  },
  customers: {
    createCustomer: (_, run) => run({ name: 'Léa' }),
    updateCustomer: ({ customerId }, run) => run(customerId, { phone: '06 12 34 56 78' }),
  },
  quoteSettings: {
    saveQuoteSettings: (_, run) => run({ ...DEFAULT_QUOTE_SETTINGS, devicePrefix: 'A' }),
  },
  profile: {
    saveLogo: (_, run) => run(null),
  },
};

/** Sample calls of the functions that only read. */
export const QUOTE_READS: Samples = {
  quotes: {
    getQuote: ({ draft }, run) => run(draft.id),
    listQuotes: (_, run) => run(),
    listVersions: ({ sent }, run) => run(sent.rootId),
  },
  quotesAwaiting: {
    quotesAwaitingAnswer: (_, run) => run(),
  },
  catalog: {
    listCatalog: (_, run) => run(),
    catalogSections: (_, run) => run(),
  },
  customers: {
    getCustomer: ({ customerId }, run) => run(customerId),
    searchCustomers: (_, run) => run('roux'),
    customersById: (_, run) => run(),
  },
  quoteSettings: {
    loadQuoteSettings: (_, run) => run(),
  },
  profile: {
    loadLogo: (_, run) => run(),
  },
};

/** Exports of the quote tables that touch no table, by module. */
export const QUOTE_NO_STORAGE: Record<string, string[]> = { customers: ['emptyCustomerFields'] };
