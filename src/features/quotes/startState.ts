import { createSignal } from 'solid-js';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import { readMeta, writeMeta } from '../../db/meta';
import { loadProfile } from '../../db/profile';
import { loadQuoteSettings } from '../../db/quoteSettings';
import { createQuote } from '../../db/quotes';
import type { Trade } from '../../domain/trades';
import { type ActionResult, runAction } from '../../ui/action';
import { reported } from '../../ui/Toast';
import { emptyContent } from './rules/content';
import { uiLookup } from './strings';
import {
  BLANK_TEMPLATE_ID,
  initialAnswers,
  proposeItems,
  type QuoteAnswers,
  quoteTemplate,
} from './templates';
import { templateWords } from './words';

const KEY = 'quoteStart';

/** A guided start in progress: the template chosen and the answers typed so far. */
interface StartDraft {
  templateId: string;
  answers: QuoteAnswers;
}

/**
 * The guided start of a quote: the template and answers are saved as typed (a reload resumes
 * them), then the proposed lines become a new draft quote.
 */
export function createStartState() {
  const [draft, setDraft] = createSignal<StartDraft | undefined>();
  const [ready, setReady] = createSignal(false);
  // An unreadable start is no reason to block a new quote: the templates show, blank.
  void readMeta<StartDraft | null>(KEY).then(
    (saved) => {
      if (saved && quoteTemplate(saved.templateId)) setDraft(saved);
      setReady(true);
    },
    () => setReady(true),
  );
  // The answers show at once; a failed save says so in the toast and keeps them on screen.
  const save = (next: StartDraft | undefined) => {
    setDraft(next);
    void runAction(() => writeMeta<StartDraft | null>(KEY, next ?? null)).then(reported);
  };
  return {
    draft,
    ready,
    /** Opens a template's questions with their initial answers. */
    choose(templateId: string): void {
      const template = quoteTemplate(templateId);
      if (template) save({ templateId, answers: initialAnswers(template) });
    },
    /** Sets one answer. */
    answer(id: string, value: string | boolean): void {
      const current = draft();
      if (current) save({ ...current, answers: { ...current.answers, [id]: value } });
    },
    /** Back to the list of templates. */
    reset(): void {
      save(undefined);
    },
    /** Creates the quote (guided when a template is open, else blank): its id, or what failed. */
    create(): Promise<ActionResult<string>> {
      return runAction(async () => {
        const settings = await loadQuoteSettings();
        const current = draft();
        const template = current ? quoteTemplate(current.templateId) : undefined;
        const lookup = uiLookup();
        const content = emptyContent({ ...settings, vatRate: 2000 });
        content.offPremises = true;
        if (template && current) {
          content.items = proposeItems(template, current.answers, templateWords(lookup));
          content.title = lookup(`templates.${template.id}.title`);
        }
        const quote = await createQuote({
          content,
          templateId: template?.id ?? BLANK_TEMPLATE_ID,
        });
        save(undefined);
        return quote.id;
      });
    },
  };
}

/** The profile's trade (to offer its templates first), live; '' when none is chosen. */
export function createTrade(): LiveQuery<Trade | ''> {
  return createLiveQuery(async () => (await loadProfile()).trade);
}
