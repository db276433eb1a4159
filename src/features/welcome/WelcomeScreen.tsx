import { useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, Match, on, onCleanup, onMount, Show, Switch } from 'solid-js';
import type { Voice } from '../../domain/voice';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import { ErrorMessage, ReadError } from '../../ui/Feedback';
import { ChoiceGroup, TextField } from '../../ui/Field';
import { useDocumentTitle } from '../../ui/title';
import { TradeSelect } from '../settings/TradeSelect';
import { stepNumber, WELCOME_STEPS } from './welcomeRules';
import { createProfileState, endWelcome, startWelcome } from './welcomeState';
import './welcome.css';

/**
 * The first run: three short steps (who you are, your trade, « je » or « nous »), each skippable,
 * saved into the profile as typed, then straight into the first template that fits. The step is
 * in the address, so a reload stays on it; « Plus tard » or leaving for another screen ends it.
 */
export default function WelcomeScreen() {
  const [params, setParams] = useSearchParams<{ step?: string }>();
  const navigate = useNavigate();
  const state = createProfileState();
  const step = () => stepNumber(params.step);
  const name = () => WELCOME_STEPS[step() - 1] ?? 'identity';
  const total = WELCOME_STEPS.length;
  const progress = () => t('welcome:progress', { step: step(), total });

  // Whatever way the artisan leaves (finish, « Plus tard », the bottom navigation), it is over.
  let ended = false;
  const end = () => {
    ended = true;
    return endWelcome();
  };
  onMount(startWelcome);
  onCleanup(() => {
    if (!ended) void endWelcome();
  });

  useDocumentTitle(() => `${t(`welcome:steps.${name()}.title`)} (${progress()})`);
  // Each step's heading takes the focus, so a screen reader reads where the artisan is.
  let heading: HTMLHeadingElement | undefined;
  createEffect(on(step, () => queueMicrotask(() => heading?.focus())));

  /** Whether the step holds an answer: its forward button says « Suivant », else « Passer ». */
  const answered = () => {
    const profile = state.profile;
    if (name() === 'identity') return profile.ownerName.trim() !== '' || profile.name.trim() !== '';
    if (name() === 'trade') return profile.trade !== '';
    return profile.voice !== '';
  };
  const forward = async (event?: SubmitEvent) => {
    event?.preventDefault();
    if (step() < total) {
      setParams({ step: String(step() + 1) });
      return;
    }
    const [{ firstTemplateFor }] = await Promise.all([import('./firstTemplate'), end()]);
    navigate(`/compose/${firstTemplateFor(state.profile.trade)}`);
  };
  const later = async () => {
    await end();
    navigate('/', { replace: true });
  };
  const saveFailure = () => {
    const key = state.saveFailure();
    return key && t(key);
  };

  return (
    <div class="screen welcome">
      <p class="hint welcome-progress">{progress()}</p>
      <h1 ref={heading} tabindex="-1">
        {t(`welcome:steps.${name()}.title`)}
      </h1>
      <Show when={state.ready()} fallback={<p class="loading">{t('app.loading')}</p>}>
        <Show
          when={state.loaded.error() === undefined}
          fallback={<ReadError onRetry={state.loaded.retry} />}
        >
          <form novalidate onSubmit={(event) => void forward(event)}>
            <p>{t(`welcome:steps.${name()}.intro`)}</p>
            <Switch>
              <Match when={name() === 'identity'}>
                <TextField
                  name="ownerName"
                  label={t('welcome:steps.identity.ownerName')}
                  value={state.profile.ownerName}
                  onValue={(value) => void state.update('ownerName', value)}
                  autocomplete="given-name"
                  enterkeyhint="next"
                />
                <TextField
                  name="name"
                  label={t('welcome:steps.identity.name')}
                  value={state.profile.name}
                  onValue={(value) => void state.update('name', value)}
                  autocomplete="organization"
                  enterkeyhint="next"
                />
              </Match>
              <Match when={name() === 'trade'}>
                <TradeSelect
                  label={t('welcome:steps.trade.label')}
                  value={state.profile.trade}
                  onValue={(value) => void state.update('trade', value)}
                />
              </Match>
              <Match when={name() === 'voice'}>
                <ChoiceGroup<Voice | ''>
                  legend={t('welcome:steps.voice.legend')}
                  name="voice"
                  value={state.profile.voice}
                  options={[
                    { value: 'je', label: t('welcome:steps.voice.je') },
                    { value: 'nous', label: t('welcome:steps.voice.nous') },
                  ]}
                  onValue={(value) => void state.update('voice', value)}
                />
              </Match>
            </Switch>
            <ErrorMessage message={saveFailure()} />
            <p class="hint">{t('welcome:savedHint')}</p>
            {/* The way forward keeps one place on every step; going back and « Plus tard » are small, below. */}
            <Button type="submit" variant="primary" wide>
              {step() === total && answered()
                ? t('welcome:finish')
                : answered()
                  ? t('welcome:next')
                  : t('welcome:skip')}
            </Button>
          </form>
          <div class="actions welcome-other">
            <Show when={step() > 1}>
              <Button onClick={() => setParams({ step: String(step() - 1) })}>
                {t('welcome:back')}
              </Button>
            </Show>
            <Button onClick={() => void later()}>{t('welcome:later')}</Button>
          </div>
        </Show>
      </Show>
    </div>
  );
}
