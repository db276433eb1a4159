import { A, useNavigate } from '@solidjs/router';
import './quotes.css';
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import { ErrorMessage, Loaded } from '../../ui/Feedback';
import { ChoiceGroup, TextField } from '../../ui/Field';
import { useDocumentTitle } from '../../ui/title';
import { createStartState, createTrade } from './startState';
import { answerProblem, type QuoteQuestion, quoteTemplate, templatesFor } from './templates';

/** Starting a quote: a guided template for the trade (a few questions), or a blank quote. */
export default function NewQuoteScreen() {
  useDocumentTitle(() => t('quotes:start.title'));
  const navigate = useNavigate();
  const start = createStartState();
  const trade = createTrade();
  const [failure, setFailure] = createSignal<string>();
  const template = () => quoteTemplate(start.draft()?.templateId ?? '');
  const problems = () =>
    (template()?.questions ?? [])
      .map((q) => answerProblem(q, start.draft()?.answers[q.id]))
      .filter(Boolean);
  // A quote that cannot be created says so here; the answers stay as typed.
  const create = async () => {
    const created = await start.create();
    if (!created.ok) return setFailure(t(created.message));
    navigate(`/quotes/${created.value}`, { replace: true });
  };
  const field = (question: QuoteQuestion) => {
    const label = t(`quotes:templates.${template()?.id}.q.${question.id}.label`);
    const value = () => start.draft()?.answers[question.id];
    return (
      <Switch>
        <Match when={question.kind === 'number'}>
          <TextField
            name={question.id}
            label={label}
            inputmode="decimal"
            value={String(value() ?? '')}
            autocomplete="off"
            error={(() => {
              const p = answerProblem(question, value());
              return p ? t(`quotes:problems.${p}`) : undefined;
            })()}
            onValue={(typed) => start.answer(question.id, typed)}
          />
        </Match>
        <Match when={question.kind === 'choice' && question}>
          {(choice) => (
            <ChoiceGroup
              legend={label}
              name={question.id}
              value={String(value() ?? '')}
              onValue={(option) => start.answer(question.id, option)}
              options={choice().options.map((option) => ({
                value: option,
                label: t(`quotes:templates.${template()?.id}.q.${question.id}.options.${option}`),
              }))}
            />
          )}
        </Match>
        <Match when={question.kind === 'toggle'}>
          <label class="toggle">
            <input
              type="checkbox"
              name={question.id}
              checked={value() === true}
              onChange={(event) => start.answer(question.id, event.currentTarget.checked)}
            />
            <span>{label}</span>
          </label>
        </Match>
      </Switch>
    );
  };
  return (
    <div class="screen">
      <A class="text-link" href="/quotes">
        {t('quotes:list.back')}
      </A>
      <h1>{t('quotes:start.title')}</h1>
      <Show when={start.ready()} fallback={<p class="loading">{t('app.loading')}</p>}>
        <Show
          when={template()}
          fallback={
            <>
              <p class="hint">{t('quotes:start.intro')}</p>
              {/* Without the trade (not read yet, or unreadable) every template shows. */}
              <Loaded query={trade} initial={'' as const}>
                {(ownTrade) => (
                  <ul class="quote-list">
                    <For each={templatesFor(ownTrade())}>
                      {(item) => (
                        <li>
                          <button
                            type="button"
                            class="quote-link"
                            onClick={() => start.choose(item.id)}
                          >
                            <strong>{t(`quotes:templates.${item.id}.title`)}</strong>
                            <span class="muted">{t(`quotes:templates.${item.id}.summary`)}</span>
                          </button>
                        </li>
                      )}
                    </For>
                  </ul>
                )}
              </Loaded>
              <Button wide onClick={() => void create()}>
                {t('quotes:start.blank')}
              </Button>
              <ErrorMessage message={failure()} />
            </>
          }
        >
          {(chosen) => (
            <form
              class="card"
              onSubmit={(event) => {
                event.preventDefault();
                if (problems().length === 0) void create();
              }}
              novalidate
            >
              <h2>{t(`quotes:templates.${chosen().id}.title`)}</h2>
              <For each={chosen().questions}>{(question) => field(question)}</For>
              <div class="actions">
                <Button onClick={() => start.reset()}>{t('quotes:start.other')}</Button>
                <Button variant="primary" type="submit" disabled={problems().length > 0}>
                  {t('quotes:start.propose')}
                </Button>
              </div>
              <ErrorMessage message={failure()} />
            </form>
          )}
        </Show>
      </Show>
    </div>
  );
}
