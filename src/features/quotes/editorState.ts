import { createMemo, createSignal } from 'solid-js';
import { createStore, produce, reconcile, unwrap } from 'solid-js/store';
import { getCustomer } from '../../db/customers';
import { createLiveQuery } from '../../db/live';
import { type CompanyProfile, emptyProfile, loadProfile } from '../../db/profile';
import {
  answerQuote,
  assignNumber,
  deleteDraftQuote,
  duplicateQuote,
  getQuote,
  issueQuote,
  reviseQuote,
  saveQuoteContent,
} from '../../db/quotes';
import type {
  PercentOrAmount,
  QuoteContent,
  QuoteItem,
  QuoteLine,
  QuoteRecord,
  QuoteSignature,
} from '../../db/schema';
import { requestPersistenceOnce } from '../../db/storage';
import { now } from '../../lib/clock';
import { type ActionResult, runAction, SAVE_FAILED } from '../../ui/action';
import { freezeQuote, quotePdfBytes } from './issue';
import { canIssue, checkQuote } from './rules/checker';
import { emptyContent } from './rules/content';
import { type QuoteContext, vatApplies } from './rules/mentions';
import { effectiveStatus } from './rules/status';
import { quoteTotals } from './rules/totals';
import { quoteTemplate } from './templates';

export type { PercentOrAmount, QuoteContent, QuoteItem, QuoteLine, QuoteRecord, QuoteSignature };

/** The key shown when the PDF could not be made. */
const PDF_FAILED = 'quotes:export.states.error';

/**
 * One quote being edited: its content saved at every change as typed (valid or not), totals and
 * checker findings derived from it, and the actions that issue it. A sent or signed quote is
 * read-only here; changing it starts a new version.
 */
export function createQuoteEditor(id: string) {
  const [record, setRecord] = createSignal<QuoteRecord | undefined>();
  const [content, setContent] = createStore<QuoteContent>(
    emptyContent({ validityDays: 30, paymentTerms: '', executionTerms: '', vatRate: 2000 }),
  );
  const [quoteRead, setQuoteRead] = createSignal(false);
  const [missing, setMissing] = createSignal(false);
  const [loadError, setLoadError] = createSignal<unknown>(undefined);
  const [saveFailure, setSaveFailure] = createSignal<string | undefined>();
  // The profile is followed: a mention fixed in Settings (from a finding, or in another tab)
  // shows in the checker and the PDF without reopening the quote.
  const followedProfile = createLiveQuery(() => loadProfile());
  const profile = (): CompanyProfile => followedProfile.value() ?? emptyProfile();
  const ready = () => quoteRead() && followedProfile.value() !== undefined;

  /** Reads the quote; a failed read is shown with Retry. */
  function load(): void {
    setLoadError(undefined);
    getQuote(id).then(
      (quote) => {
        if (!quote) setMissing(true);
        else {
          setRecord(quote);
          setContent(reconcile(structuredClone(quote.frozen?.content ?? quote.content)));
        }
        setQuoteRead(true);
      },
      (error: unknown) => setLoadError(() => error ?? new Error('The read failed')),
    );
  }
  load();

  const customer = createLiveQuery(
    (customerId: string | null) => (customerId ? getCustomer(customerId) : undefined),
    () => content.customerId,
  );
  const editable = () => record()?.status === 'draft' && !record()?.frozen;
  const family = () => quoteTemplate(record()?.templateId ?? '')?.family ?? null;
  const context = createMemo<QuoteContext>(() => {
    const found = customer.value();
    return {
      profile: profile(),
      customer: found
        ? { name: found.name, address: found.address, siteAddress: found.siteAddress }
        : null,
      content,
      totals: quoteTotals(content, vatApplies(profile())),
      issuedAt: record()?.issuedAt ?? now(),
      family: family(),
    };
  });
  const findings = createMemo(() => checkQuote(context(), now()));
  const status = () => {
    const quote = record();
    return quote ? effectiveStatus(quote, now()) : 'draft';
  };

  // Every change is written at once in its own transaction (not chained): a write opened before
  // a reload, a crash or an update still commits, so the last keystrokes are never lost. A failed
  // write is said beside the quote; what was typed stays on screen.
  function persist(focus?: string): void {
    if (!editable()) return;
    const typed = structuredClone(unwrap(content));
    void runAction(() => saveQuoteContent(id, typed, focus)).then((result) => {
      setSaveFailure(result.ok ? undefined : result.message);
      if (result.ok) void requestPersistenceOnce().catch(() => undefined);
    });
  }

  /** Reloads the record after an action changed it. */
  async function refresh(): Promise<QuoteRecord | undefined> {
    const quote = await getQuote(id);
    setRecord(quote);
    return quote;
  }

  /** Numbers the quote (once) and freezes it with the current profile and customer. */
  async function numberedAndFrozen() {
    const numbered = await assignNumber(id);
    setRecord(numbered);
    return { numbered, frozen: await freezeQuote(numbered, profile(), customer.value()) };
  }

  return {
    record,
    content,
    profile,
    customer,
    ready,
    missing,
    /** The read of the quote or of the profile failed (shown with Retry), or undefined. */
    loaded: {
      error: () => loadError() ?? followedProfile.error(),
      retry: () => {
        if (loadError() !== undefined) load();
        if (followedProfile.error() !== undefined) followedProfile.retry();
      },
    },
    /** The locale key of the last failed save, or undefined. */
    saveFailure,
    editable,
    context,
    findings,
    status,
    canIssue: () => canIssue(findings()),
    /** Changes the content (a Solid `produce` recipe) and saves it at once. */
    update(recipe: (draft: QuoteContent) => void, focus?: string): void {
      if (!editable()) return;
      setContent(produce(recipe));
      persist(focus);
    },
    /** The PDF's bytes, numbering the quote first if it has no number yet. */
    pdf(): Promise<ActionResult<{ bytes: Uint8Array; number: string }>> {
      return runAction(async () => {
        const quote = record()?.number ? record() : await assignNumber(id);
        if (!quote) throw new Error(`No quote ${id}`);
        setRecord(quote);
        return {
          bytes: await quotePdfBytes(quote, profile(), customer.value()),
          number: quote.number ?? '',
        };
      }, PDF_FAILED);
    },
    /** Marks the quote sent: numbered, frozen as it is now. */
    markSent(): Promise<ActionResult<void>> {
      return runAction(async () => {
        const { frozen } = await numberedAndFrozen();
        await issueQuote(id, frozen, { kind: 'sent' });
        await refresh();
      });
    },
    /** The customer signed on the phone: the quote is frozen and accepted with the signature. */
    sign(signature: QuoteSignature): Promise<ActionResult<void>> {
      return runAction(async () => {
        const { numbered, frozen } = await numberedAndFrozen();
        await issueQuote(id, numbered.frozen ?? frozen, { kind: 'signed', signature });
        await refresh();
      }, 'quotes:sign.failed');
    },
    /** The customer's answer to a sent quote. */
    answer(answer: 'accepted' | 'refused'): Promise<ActionResult<void>> {
      return runAction(async () => {
        await answerQuote(id, answer);
        await refresh();
      });
    },
    /** A new version to change an issued quote: its id. */
    revise(): Promise<ActionResult<string>> {
      return runAction(async () => (await reviseQuote(id)).id);
    },
    /** A new draft with the same content: its id. */
    duplicate(): Promise<ActionResult<string>> {
      return runAction(async () => (await duplicateQuote(id)).id);
    },
    /** Deletes this draft (never a numbered quote). */
    remove(): Promise<ActionResult<void>> {
      return runAction(async () => {
        await deleteDraftQuote(id);
      }, SAVE_FAILED);
    },
  };
}

/** The editor of one quote, as returned by `createQuoteEditor`. */
export type QuoteEditor = ReturnType<typeof createQuoteEditor>;
