import { createSignal } from 'solid-js';
import { readMeta, writeMeta } from '../../db/meta';
import { loadQuoteSettings } from '../../db/quoteSettings';
import { createQuote } from '../../db/quotes';
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
  void readMeta<StartDraft | null>(KEY).then((saved) => {
    if (saved && quoteTemplate(saved.templateId)) setDraft(saved);
    setReady(true);
  });
  const save = (next: StartDraft | undefined) => {
    setDraft(next);
    void writeMeta<StartDraft | null>(KEY, next ?? null);
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
    /** Creates the quote (guided when a template is open, else blank); resolves with its id. */
    async create(): Promise<string> {
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
      const quote = await createQuote({ content, templateId: template?.id ?? BLANK_TEMPLATE_ID });
      save(undefined);
      return quote.id;
    },
  };
}
