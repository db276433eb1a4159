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
function frozenOf(quote: QuoteRecord): FrozenQuote {
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

type Call = (
  seed: QuoteSeed,
  call: (name: string, ...args: unknown[]) => Promise<unknown>,
) => Promise<unknown>;

/** Sample calls of the functions that write. */
export const QUOTE_WRITES: Record<string, Call> = {
  'quotes.createQuote': (_, call) =>
    call('quotes.createQuote', { content: sampleContent(), templateId: 'quote-blank' }),
  'quotes.saveQuoteContent': ({ draft }, call) =>
    call('quotes.saveQuoteContent', draft.id, { ...sampleContent(), title: 'Cuisine' }, 'l1'),
  'quotes.assignNumber': ({ draft }, call) => call('quotes.assignNumber', draft.id),
  'quotes.issueQuote': ({ numbered }, call) =>
    call('quotes.issueQuote', numbered.id, frozenOf(numbered), { kind: 'sent' }),
  'quotes.answerQuote': ({ sent }, call) => call('quotes.answerQuote', sent.id, 'accepted'),
  'quotes.reviseQuote': ({ sent }, call) => call('quotes.reviseQuote', sent.id),
  'quotes.duplicateQuote': ({ sent }, call) => call('quotes.duplicateQuote', sent.id),
  'quotes.deleteDraftQuote': ({ draft }, call) => call('quotes.deleteDraftQuote', draft.id),
  'quotes.restoreQuote': ({ deletedQuote }, call) => call('quotes.restoreQuote', deletedQuote),
  'quotes.logQuoteMinutes': ({ sent }, call) => call('quotes.logQuoteMinutes', sent, 15),
  'catalog.addCatalogItem': (_, call) =>
    call('catalog.addCatalogItem', {
      section: '',
      designation: 'Interrupteur',
      unit: 'u',
      unitPrice: 900,
      vatRate: 2000,
    }),
  'catalog.deleteCatalogItem': ({ catalogId }, call) =>
    call('catalog.deleteCatalogItem', catalogId),
  'catalog.restoreCatalogItem': ({ deletedCatalogItem }, call) =>
    call('catalog.restoreCatalogItem', deletedCatalogItem),
  'customers.createCustomer': (_, call) => call('customers.createCustomer', { name: 'Léa' }),
  'customers.updateCustomer': ({ customerId }, call) =>
    call('customers.updateCustomer', customerId, { phone: '06 12 34 56 78' }),
  'quoteSettings.saveQuoteSettings': (_, call) =>
    call('quoteSettings.saveQuoteSettings', { ...DEFAULT_QUOTE_SETTINGS, devicePrefix: 'A' }),
  'profile.saveLogo': (_, call) => call('profile.saveLogo', null),
};

/** Sample calls of the functions that only read. */
export const QUOTE_READS: Record<string, Call> = {
  'quotes.getQuote': ({ draft }, call) => call('quotes.getQuote', draft.id),
  'quotes.listQuotes': (_, call) => call('quotes.listQuotes'),
  'quotes.listVersions': ({ sent }, call) => call('quotes.listVersions', sent.rootId),
  'quotesAwaiting.quotesAwaitingAnswer': (_, call) => call('quotesAwaiting.quotesAwaitingAnswer'),
  'catalog.listCatalog': (_, call) => call('catalog.listCatalog'),
  'catalog.catalogSections': (_, call) => call('catalog.catalogSections'),
  'customers.getCustomer': ({ customerId }, call) => call('customers.getCustomer', customerId),
  'customers.searchCustomers': (_, call) => call('customers.searchCustomers', 'roux'),
  'customers.customersById': (_, call) => call('customers.customersById'),
  'quoteSettings.loadQuoteSettings': (_, call) => call('quoteSettings.loadQuoteSettings'),
  'profile.loadLogo': (_, call) => call('profile.loadLogo'),
};

/** Exports of the quote tables that touch no table. */
export const QUOTE_NO_STORAGE = ['customers.emptyCustomerFields'];
