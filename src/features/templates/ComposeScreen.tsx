import { useParams, useSearchParams } from '@solidjs/router';
import {
  createEffect,
  createMemo,
  createResource,
  createSignal,
  Match,
  on,
  onCleanup,
  Show,
  Switch,
} from 'solid-js';
import { language, loadNamespace, t } from '../../i18n';
import { formatDayTime } from '../../i18n/format';
import { copyText } from '../../lib/share';
import { loadDefinition } from '../../templates/catalogue';
import type { AnswerValue, Question, TemplateDefinition } from '../../templates/types';
import { runAction } from '../../ui/action';
import { Button, ButtonLink } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage, ReadError } from '../../ui/Feedback';
import { useDocumentTitle } from '../../ui/title';
import { createComposeState } from './composeState';
import { DoneStep } from './DoneStep';
import { CATALOGUE_NS, problemText, templateTitle } from './labels';
import { QuestionField } from './QuestionField';
import { DroppedContacts, TextStep } from './TextStep';
import './templates.css';

/** A guided flow: one question per step with a live preview, then the text, then validation. */
export default function ComposeScreen() {
  const params = useParams<{ templateId: string }>();
  // The definition is loaded with its family's code; the title with the small catalogue strings.
  const [template] = createResource(() => params.templateId, loadDefinition);
  const [search] = useSearchParams<{ new?: string }>();
  const session = createMemo(() => ({ fresh: search.new }));
  useDocumentTitle(() => {
    if (template.loading) return '';
    const found = template.state === 'ready' ? template() : undefined;
    return found ? templateTitle(found) : t('compose:compose.unknownTitle');
  });
  createEffect(() => {
    loadNamespace(language(), CATALOGUE_NS).catch(() => undefined);
  });
  return (
    <Show when={!template.loading} fallback={<p class="loading">{t('app.loading')}</p>}>
      <Show
        when={template.state === 'ready' ? template() : undefined}
        fallback={
          <EmptyState
            page
            title={t('compose:compose.unknownTitle')}
            text={t('compose:compose.unknown')}
          >
            <ButtonLink variant="primary" href="/templates">
              {t('compose:compose.toCatalogue')}
            </ButtonLink>
          </EmptyState>
        }
      >
        {(found) => (
          // « Nouveau texte » restarts the flow from scratch: a new key, a new flow.
          <Show when={session()} keyed>
            {(_session) => <Flow template={found()} />}
          </Show>
        )}
      </Show>
    </Show>
  );
}

/** Answers chosen before the flow: the stars picked in the catalogue (`?stars=2`). */
function presetAnswers(template: TemplateDefinition, stars: string | undefined) {
  const preset: Record<string, AnswerValue> = {};
  const count = Number(stars);
  const asksStars = template.questions.some((question) => question.id === 'stars');
  if (asksStars && Number.isInteger(count) && count >= 1 && count <= 5) preset.stars = count;
  return preset;
}

function Flow(props: { template: TemplateDefinition }) {
  const [search, setSearch] = useSearchParams<{ doc?: string; stars?: string; new?: string }>();
  const state = createComposeState(
    props.template,
    search.doc,
    // `new` stays: clearing it would change the flow's key and remount it under the thumb.
    (id) => setSearch({ doc: id }, { replace: true }),
    search.doc ? {} : presetAnswers(props.template, search.stars),
    search.new === undefined,
  );
  const startNew = () => setSearch({ doc: undefined, new: String(Date.now()) });
  const [validating, setValidating] = createSignal(false);
  const [failure, setFailure] = createSignal<string | undefined>(undefined);
  const [copied, setCopied] = createSignal<boolean | null>(null);
  // A failed validation, else a failed autosave (the text stays on screen either way).
  const failureText = () => {
    const key = failure() ?? (state.saveFailed() ? 'compose:compose.saveFailed' : undefined);
    return key && t(key);
  };
  const onTextStep = () => state.state.step >= state.questions().length;
  const current = () => state.questions()[state.state.step];
  // A question the artisan tried to leave unanswered: its « required » error shows from then on.
  // An answer out of range shows its error at once; it stays as typed, nothing is lost.
  const [tried, setTried] = createSignal<ReadonlySet<string>>(new Set());
  const errorOf = (question: Question) => {
    const problem = state.problemOf(question);
    if (!problem || (problem.code === 'required' && !tried().has(question.id))) return undefined;
    return problemText(props.template, question, problem);
  };
  /** « Suivant » and Enter: on to the next question, unless this one cannot be validated. */
  const forward = () => {
    const question = current();
    if (question && state.problemOf(question)) {
      setTried((ids) => new Set([...ids, question.id]));
      return;
    }
    state.goTo(state.state.step + 1);
  };

  // A new question takes the focus: its field when it is typed (the keyboard stays up), else the
  // question itself, so a screen reader reads it and the next tap lands there.
  let questionBox: HTMLDivElement | undefined;
  createEffect(
    on(
      () => state.state.step,
      () =>
        queueMicrotask(() => {
          if (!questionBox?.isConnected) return;
          const field = questionBox.querySelector<HTMLElement>('input:not([type="radio"])');
          (field ?? questionBox).focus({ preventScroll: false });
        }),
      { defer: true },
    ),
  );

  // After a chip is chosen the next question comes by itself, once the choice has been seen.
  let advance: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(advance));
  const moveOn = () => {
    clearTimeout(advance);
    const from = state.state.step;
    advance = setTimeout(() => {
      if (state.state.step === from) state.goTo(from + 1);
    }, 200);
  };

  // The artisan's tap on "Valider et copier" is the human validation; the copy follows it.
  const validate = async () => {
    setValidating(true);
    const who =
      String(state.answers().signer ?? '').trim() ||
      state.context().company.name ||
      t('compose:compose.you');
    const validated = await runAction(() => state.validate(who), 'compose:compose.saveFailed');
    setFailure(validated.ok ? undefined : validated.message);
    if (validated.ok) setCopied(await copyText(state.text()));
    setValidating(false);
  };

  return (
    <div class="screen compose">
      <h1>{templateTitle(props.template)}</h1>
      <Show when={state.resumedFrom()}>
        {(at) => (
          <p class="resumed" role="status">
            {t('compose:compose.resumed', { date: formatDayTime(at(), language()) })}{' '}
            <Button onClick={startNew}>{t('compose:compose.startNew')}</Button>
          </p>
        )}
      </Show>
      <Show when={state.ready()} fallback={<p class="loading">{t('app.loading')}</p>}>
        <Switch>
          <Match when={state.loaded.error() !== undefined}>
            <ReadError onRetry={state.loaded.retry} />
          </Match>
          <Match when={state.state.status !== 'draft'}>
            <DoneStep
              template={props.template}
              state={state}
              copied={copied()}
              onCopied={setCopied}
            />
          </Match>
          <Match when={onTextStep()}>
            <TextStep
              state={state}
              onValidate={() => void validate()}
              validating={validating()}
              onComplete={(id) => {
                setTried((ids) => new Set([...ids, id]));
                state.goTo(state.questions().findIndex((question) => question.id === id));
              }}
            />
            <Button onClick={() => state.goTo(state.questions().length - 1)}>
              {t('compose:compose.backToQuestions')}
            </Button>
          </Match>
          <Match when={current()} keyed>
            {(question: Question) => (
              <>
                <p class="hint" aria-live="polite">
                  {t('compose:compose.progress', {
                    step: state.state.step + 1,
                    total: state.questions().length,
                  })}
                </p>
                <div class="question" ref={questionBox} tabindex="-1">
                  <QuestionField
                    template={props.template}
                    question={question}
                    value={state.answers()[question.id]}
                    onValue={(value) => state.answer(question.id, value)}
                    onChosen={moveOn}
                    onNext={forward}
                    error={errorOf(question)}
                  />
                </div>
                {/* The way forward keeps one place on every step; going back is small, below. */}
                <Button variant="primary" wide onClick={forward}>
                  {t('compose:compose.next')}
                </Button>
                <div class="flow-secondary">
                  <Show when={state.state.step > 0}>
                    <Button onClick={() => state.goTo(state.state.step - 1)}>
                      {t('compose:compose.previous')}
                    </Button>
                  </Show>
                  <Button onClick={() => state.goTo(state.questions().length)}>
                    {t('compose:compose.seeText')}
                  </Button>
                </div>
                <section class="card preview" aria-labelledby="preview-title">
                  <h2 id="preview-title">{t('compose:compose.preview')}</h2>
                  <p class="final-text" data-testid="preview-text">
                    {state.text()}
                  </p>
                  <DroppedContacts state={state} />
                </section>
              </>
            )}
          </Match>
        </Switch>
        <ErrorMessage message={failureText()} />
      </Show>
    </div>
  );
}
