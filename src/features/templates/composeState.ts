import { createEffect, createMemo, createSignal } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import {
  createDraft,
  getDocument,
  latestDraftOf,
  saveDraft,
  validateDocument,
} from '../../db/documents';
import { loadProfile } from '../../db/profile';
import { requestPersistenceOnce } from '../../db/storage';
import { publicEmail, publicPhone } from '../../domain/contact';
import type { DocumentStatus } from '../../domain/documents';
import { voiceOf } from '../../domain/voice';
import { i18n, language, loadNamespace } from '../../i18n';
import { now } from '../../lib/clock';
import { newId } from '../../lib/ids';
import type { Platform } from '../../templates/checks';
import {
  composeText,
  missingAnswers,
  visibleQuestions,
  withInitialAnswers,
} from '../../templates/engine';
import type {
  AnswerValue,
  ComposeContext,
  PhraseBank,
  Question,
  TemplateDefinition,
} from '../../templates/types';
import { type AnswerProblem, answerProblem, isoDay } from '../../templates/validation';

interface ComposeStore {
  id: string | undefined;
  answers: Record<string, AnswerValue | undefined>;
  variant: number;
  edited: boolean;
  body: string;
  /** The artisan's own text, set aside by "another wording" ('' when there is none). */
  ownBody: string;
  step: number;
  status: DocumentStatus;
  validatedAt: number | undefined;
  validatedBy: string | undefined;
}

/**
 * The state of one guided flow: answers, wording, edits and validation of a draft. Every change
 * is saved at once (the draft is created on the first change), in order, so a reload, a crash or
 * an app update resumes exactly where the artisan was.
 */
export function createComposeState(
  template: TemplateDefinition,
  documentId: string | undefined,
  onCreated: (id: string) => void,
  /** Answers known before the first question (the stars chosen in the catalogue). */
  preset: Record<string, AnswerValue> = {},
  /**
   * Without a document: resume the template's latest draft (true), or start a new text (false,
   * when the artisan asked for one).
   */
  resumeLatest = true,
) {
  // The new draft's id is chosen now: it seeds the wording from the very first preview, and a
  // draft saved later keeps the same text.
  const newDraftId = newId();
  const [state, setState] = createStore<ComposeStore>({
    id: documentId,
    answers: { ...preset },
    variant: 0,
    edited: false,
    body: '',
    ownBody: '',
    // A question answered before the flow starts is not asked again.
    step: template.questions.findIndex((question) => preset[question.id] === undefined),
    status: 'draft',
    validatedAt: undefined,
    validatedBy: undefined,
  });
  if (state.step < 0) setState('step', 0);
  const [company, setCompany] = createSignal<ComposeContext['company']>({
    name: '',
    phone: '',
    email: '',
    city: '',
    trade: '',
    voice: 'nous',
  });
  // The artisan's first name from the profile: who signs, until the signer question says otherwise.
  const [ownerName, setOwnerName] = createSignal('');
  const [ready, setReady] = createSignal(false);
  // When the latest draft was resumed (opened without a document), the date it was last edited.
  const [resumedFrom, setResumedFrom] = createSignal<number | null>(null);
  // Contact details typed in the profile but invalid, hence left out of the text.
  const [dropped, setDropped] = createSignal<ReadonlyArray<'phone' | 'email'>>([]);
  const [loadError, setLoadError] = createSignal<unknown>(undefined);
  const [bankLanguage, setBankLanguage] = createSignal<string>('');
  const [saveFailed, setSaveFailed] = createSignal(false);

  /** Reads the profile and the draft being resumed (again after a failed read). */
  const load = () => {
    setLoadError(undefined);
    setReady(false);
    const draft = documentId
      ? getDocument(documentId)
      : resumeLatest
        ? latestDraftOf(template.id)
        : Promise.resolve(undefined);
    void Promise.all([loadProfile(), draft])
      .then(([profile, doc]) => {
        setDropped(
          (['phone', 'email'] as const).filter((field) =>
            field === 'phone'
              ? profile.phone.trim() !== '' && !publicPhone(profile.phone)
              : profile.email.trim() !== '' && !publicEmail(profile.email),
          ),
        );
        setOwnerName(profile.ownerName.trim());
        setCompany({
          name: profile.name,
          // Only valid contact details go into a public text, written the French way.
          phone: publicPhone(profile.phone) ?? '',
          email: publicEmail(profile.email) ?? '',
          city: profile.city,
          trade: profile.trade,
          voice: voiceOf(profile.voice, profile.legalForm),
        });
        if (doc && doc.templateId === template.id) {
          if (!documentId && doc.status === 'draft') {
            // Opened from the catalogue again: the draft in progress goes on, not a new one.
            setResumedFrom(doc.updatedAt);
            onCreated(doc.id);
          }
          setState({
            id: doc.id,
            // The stars picked in the catalogue this time win over the draft's.
            answers: { ...(doc.answers as ComposeStore['answers']), ...(documentId ? {} : preset) },
            variant: doc.variant ?? 0,
            edited: doc.edited ?? false,
            body: doc.body,
            ownBody: doc.ownBody ?? '',
            step: doc.step ?? 0,
            status: doc.status,
            validatedAt: doc.validatedAt,
            validatedBy: doc.validatedBy,
          });
        } else if (documentId) {
          setState('id', undefined);
        }
      })
      .catch((error: unknown) =>
        setLoadError(() => error ?? new Error('The draft could not be read')),
      )
      .finally(() => setReady(true));
  };
  load();

  // The phrase bank of the family, in the active language (reloaded when the language changes).
  createEffect(() => {
    const lang = language();
    void loadNamespace(lang, template.family).then(() => setBankLanguage(lang));
  });

  const platform = () => {
    const chosen = state.answers.platform;
    return template.platforms.includes(chosen as Platform)
      ? (chosen as Platform)
      : (template.platforms[0] ?? 'instagram');
  };
  const context = createMemo<ComposeContext>(() => ({
    language: language(),
    company: company(),
    tone: state.answers.tone === 'tu' ? 'tu' : 'vous',
    platform: platform(),
  }));
  /** The answers given, with the profile's first name as signer while none was typed. */
  const given = createMemo(() =>
    state.answers.signer === undefined && ownerName() !== ''
      ? { ...state.answers, signer: ownerName() }
      : state.answers,
  );
  const answers = createMemo(() => withInitialAnswers(template, given(), context()));
  const composed = createMemo(() => {
    const lang = language();
    if (bankLanguage() !== lang) return '';
    const bank = i18n.getResourceBundle(lang, template.family) as PhraseBank | undefined;
    if (!bank) return '';
    return composeText(template, given(), context(), bank, {
      seed: state.id ?? newDraftId,
      variant: state.variant,
    });
  });
  /** The text as it stands: composed from the answers, or as the artisan rewrote it. */
  const text = () => (state.edited || state.status !== 'draft' ? state.body : composed());
  const questions = createMemo(() => visibleQuestions(template, answers(), context()));
  /** Questions to answer (or to answer within bounds) before the text can be validated. */
  const missing = createMemo(() => missingAnswers(template, given(), context(), isoDay(now())));

  // Every change is written at once, in its own transaction, without waiting for the previous
  // one: IndexedDB runs them in the order they were opened, and a write already opened when the
  // page unloads (reload, crash, update) still commits. Chaining them would leave the last
  // keystrokes unwritten. The draft's id is made here, so even the first write needs no wait.
  let lastSave: Promise<unknown> = Promise.resolve();
  function persist(): void {
    const snapshot = {
      answers: { ...unwrap(state.answers) },
      body: text(),
      variant: state.variant,
      edited: state.edited,
      step: state.step,
      ownBody: state.ownBody,
    };
    let save: Promise<unknown>;
    if (state.id) {
      save = saveDraft(state.id, snapshot);
    } else {
      const id = newDraftId;
      setState('id', id);
      save = createDraft({ id, kind: template.kind, templateId: template.id, ...snapshot }).then(
        () => {
          onCreated(id);
          void requestPersistenceOnce().catch(() => undefined);
        },
      );
    }
    lastSave = save.then(
      () => setSaveFailed(false),
      () => setSaveFailed(true),
    );
  }

  return {
    template,
    state,
    ready,
    answers,
    context,
    text,
    questions,
    missing,
    /** What keeps this question's answer from a validated text (empty, out of range, past). */
    problemOf(question: Question): AnswerProblem | undefined {
      return answerProblem(question, answers()[question.id], isoDay(now()));
    },
    /** Contact details of the profile left out of the text because they are not valid. */
    dropped,
    /** The date of the draft resumed instead of starting another (null when none was). */
    resumedFrom,
    saveFailed,
    /** The profile or the draft could not be read: the screen says so, with `retry`. */
    loaded: { error: loadError, retry: load },
    /** Sets one answer. */
    answer(id: string, value: AnswerValue | undefined): void {
      setState('answers', id, value as never);
      persist();
    },
    /** Moves to a step (a question index; `questions().length` is the text step). */
    goTo(step: number): void {
      setState('step', Math.max(0, Math.min(step, questions().length)));
      persist();
    },
    /**
     * The next wording. A text rewritten by hand is set aside, not lost: `backToOwnText` brings it
     * back (until the artisan edits again).
     */
    anotherWording(): void {
      setState({
        variant: state.variant + 1,
        ownBody: state.edited ? state.body : state.ownBody,
        edited: false,
      });
      persist();
    },
    /** Brings back the text the artisan wrote by hand before "another wording". */
    backToOwnText(): void {
      if (state.ownBody === '') return;
      setState({ body: state.ownBody, edited: true, ownBody: '' });
      persist();
    },
    /** The artisan's own text. */
    edit(body: string): void {
      // Editing again starts from what is on screen: the text set aside is no longer needed.
      setState({ body, edited: true, ownBody: '' });
      persist();
    },
    /**
     * Human validation: freezes the text, records who and when, and counts the minutes the
     * template saves (the artisan can change or cancel them after).
     */
    async validate(by: string): Promise<void> {
      persist();
      await lastSave;
      if (!state.id) throw new Error('The draft could not be saved');
      const validated = await validateDocument(state.id, text(), by, {
        minutes: template.baselineMinutes,
        category: template.category,
      });
      setState({
        status: validated.status,
        body: validated.body,
        validatedAt: validated.validatedAt,
        validatedBy: validated.validatedBy,
      });
    },
  };
}

/** The state of a guided flow, as returned by `createComposeState`. */
export type ComposeState = ReturnType<typeof createComposeState>;
