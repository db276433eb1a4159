import { For, Match, Switch } from 'solid-js';
import { t } from '../../i18n';
import type { AnswerValue, Question, TemplateDefinition } from '../../templates/types';
import { ChoiceGroup, TextField } from '../../ui/Field';
import { optionLabel, questionHint, questionLabel } from './labels';

/** One question of a guided template, with controls large enough for a thumb. */
export function QuestionField(props: {
  template: TemplateDefinition;
  question: Question;
  value: AnswerValue | undefined;
  onValue: (value: AnswerValue | undefined) => void;
  /** A single choice was made (the flow moves on by itself: one tap per chip question). */
  onChosen?: () => void;
  /** Enter in a typed answer: the flow moves on, as "Suivant" does. */
  onNext?: () => void;
  /** Why the answer cannot be validated yet, shown beside it. */
  error?: string | undefined;
}) {
  // The keyboard's Enter key reads "next" and moves on (not while an IME composes a word).
  const typed = {
    enterkeyhint: 'next',
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.isComposing) return;
      event.preventDefault();
      props.onNext?.();
    },
  } as const;
  const label = () => questionLabel(props.template, props.question);
  const hint = () => questionHint(props.template, props.question) || undefined;
  // The flow re-creates this component for each question (keyed), so reading it once is safe.
  const q = props.question;
  const choiceError = () =>
    props.error && q.kind !== 'text' && q.kind !== 'number' && q.kind !== 'date' ? (
      <p class="error" role="alert">
        {props.error}
      </p>
    ) : null;
  return (
    <>
      <Switch>
        <Match when={q.kind === 'single' && q}>
          {(single) => (
            <ChoiceGroup<string>
              legend={label()}
              name={single().id}
              value={typeof props.value === 'string' ? props.value : ''}
              options={single().options.map((option) => ({
                value: option,
                label: optionLabel(props.template, single(), option),
              }))}
              onValue={(value) => props.onValue(value)}
              onPick={() => props.onChosen?.()}
            />
          )}
        </Match>
        <Match when={q.kind === 'multiple' && q}>
          {(multiple) => {
            const chosen = () =>
              Array.isArray(props.value) ? (props.value as readonly string[]) : [];
            const toggle = (option: string, on: boolean) =>
              props.onValue(
                on ? [...chosen(), option] : chosen().filter((item) => item !== option),
              );
            return (
              <fieldset class="choice-group">
                <legend>{label()}</legend>
                <div class="choices">
                  <For each={multiple().options}>
                    {(option) => (
                      <label class="choice">
                        <input
                          type="checkbox"
                          name={multiple().id}
                          value={option}
                          checked={chosen().includes(option)}
                          onChange={(event) => toggle(option, event.currentTarget.checked)}
                        />
                        <span>{optionLabel(props.template, multiple(), option)}</span>
                      </label>
                    )}
                  </For>
                </div>
              </fieldset>
            );
          }}
        </Match>
        <Match when={q.kind === 'rating' && q}>
          {(rating) => (
            <ChoiceGroup<string>
              legend={label()}
              name={rating().id}
              value={typeof props.value === 'number' ? String(props.value) : ''}
              options={[1, 2, 3, 4, 5].map((stars) => ({
                value: String(stars),
                label: t('compose:compose.stars', { count: stars }),
              }))}
              onValue={(value) => props.onValue(Number(value))}
              onPick={() => props.onChosen?.()}
            />
          )}
        </Match>
        <Match when={q.kind === 'text' && q}>
          {(text) => (
            <TextField
              name={text().id}
              label={label()}
              error={props.error}
              hint={hint() ?? t('compose:compose.optional')}
              value={typeof props.value === 'string' ? props.value : ''}
              maxlength={text().maxLength}
              autocomplete="off"
              {...typed}
              onValue={(value) => props.onValue(value)}
            />
          )}
        </Match>
        <Match when={q.kind === 'number' && q}>
          {(number) => (
            <TextField
              name={number().id}
              label={label()}
              error={props.error}
              hint={hint()}
              type="number"
              inputmode="numeric"
              min={number().min}
              max={number().max}
              {...typed}
              value={typeof props.value === 'number' ? String(props.value) : ''}
              onValue={(value) => props.onValue(value === '' ? undefined : Number(value))}
            />
          )}
        </Match>
        <Match when={q.kind === 'date' && q}>
          {(date) => (
            <TextField
              name={date().id}
              label={label()}
              error={props.error}
              hint={hint()}
              type="date"
              {...typed}
              value={typeof props.value === 'string' ? props.value : ''}
              onValue={(value) => props.onValue(value)}
            />
          )}
        </Match>
      </Switch>
      {choiceError()}
    </>
  );
}
