import { A } from '@solidjs/router';
import './quotes.css';
import { createSignal, onCleanup, Show } from 'solid-js';
import { DEVICE_PREFIX } from '../../domain/quotes';
import { t } from '../../i18n';
import type { ActionResult } from '../../ui/action';
import { Button, buttonClass } from '../../ui/Button';
import { ErrorMessage, Loaded, ReadError } from '../../ui/Feedback';
import { TextAreaField, TextField } from '../../ui/Field';
import { useDocumentTitle } from '../../ui/title';
import { createLogo, createQuoteSetup, pickLogo, removeLogo, type StoredImage } from './setupState';

const DAYS = /^\d{1,3}$/;

/** Whether a typed validity is a whole number of days from 1 to 365. */
const validDays = (typed: string) => DAYS.test(typed) && Number(typed) >= 1 && Number(typed) <= 365;

/** Quote settings of this device: series prefix, defaults of a new quote, the logo. */
export default function QuoteSettingsScreen() {
  useDocumentTitle(() => t('quotes:setup.title'));
  const setup = createQuoteSetup();
  const [typedPrefix, setTypedPrefix] = createSignal<string>();
  const [typedDays, setTypedDays] = createSignal<string>();
  const [failure, setFailure] = createSignal<string>();
  // What was typed, or the saved value until the field is changed.
  const prefix = () => typedPrefix() ?? setup.settings().devicePrefix;
  const days = () => typedDays() ?? String(setup.settings().validityDays);
  /** Says what failed beside the form (the typed value stays), or clears it. */
  const show = (result: ActionResult<unknown>) =>
    setFailure(result.ok ? undefined : t(result.message));
  const save = (patch: Parameters<typeof setup.save>[0]) => void setup.save(patch).then(show);
  const prefixError = () =>
    prefix() === '' || DEVICE_PREFIX.test(prefix()) ? undefined : t('quotes:setup.prefixError');
  const daysError = () => (validDays(days()) ? undefined : t('quotes:setup.daysError'));
  return (
    <div class="screen">
      <A class="text-link" href="/quotes">
        {t('quotes:list.back')}
      </A>
      <h1>{t('quotes:setup.title')}</h1>
      <Show when={setup.loaded.error() !== undefined}>
        <ReadError onRetry={setup.loaded.retry} />
      </Show>
      <Show when={setup.ready()} fallback={<p class="loading">{t('app.loading')}</p>}>
        <form class="card" onSubmit={(event) => event.preventDefault()} novalidate>
          <TextField
            name="prefix"
            label={t('quotes:setup.prefix')}
            hint={t('quotes:setup.prefixHint')}
            value={prefix()}
            error={prefixError()}
            autocomplete="off"
            onValue={(value) => {
              const upper = value.toUpperCase();
              setTypedPrefix(upper);
              if (upper === '' || DEVICE_PREFIX.test(upper)) save({ devicePrefix: upper });
            }}
          />
          <TextField
            name="validity"
            label={t('quotes:setup.validity')}
            inputmode="numeric"
            value={days()}
            error={daysError()}
            autocomplete="off"
            onValue={(value) => {
              setTypedDays(value);
              if (validDays(value)) save({ validityDays: Number(value) });
            }}
          />
          <TextAreaField
            name="payment"
            label={t('quotes:setup.payment')}
            value={setup.settings().paymentTerms}
            onValue={(value) => save({ paymentTerms: value })}
          />
          <TextAreaField
            name="execution"
            label={t('quotes:setup.execution')}
            value={setup.settings().executionTerms}
            onValue={(value) => save({ executionTerms: value })}
          />
          <ErrorMessage message={failure()} />
        </form>
        <LogoCard />
      </Show>
    </div>
  );
}

/** An object URL for the logo's bytes, revoked when the image goes. */
function LogoImage(props: { image: StoredImage }) {
  const url = URL.createObjectURL(
    new Blob([props.image.bytes as BlobPart], { type: props.image.type }),
  );
  onCleanup(() => URL.revokeObjectURL(url));
  return <img class="logo-preview" alt={t('quotes:setup.logoAlt')} src={url} />;
}

/** The logo printed at the top of quotes: shown, chosen from a file, or removed. */
function LogoCard() {
  const logo = createLogo();
  const [failure, setFailure] = createSignal<string>();
  const show = (result: ActionResult<unknown>) =>
    setFailure(result.ok ? undefined : t(result.message));
  return (
    <section class="card" aria-labelledby="logo-title">
      <h2 id="logo-title">{t('quotes:setup.logo')}</h2>
      <Loaded query={logo}>
        {(image) => (
          <Show when={image()} keyed fallback={<p class="hint">{t('quotes:setup.noLogo')}</p>}>
            {(current) => <LogoImage image={current} />}
          </Show>
        )}
      </Loaded>
      <label class={buttonClass({})}>
        {t('quotes:setup.chooseLogo')}
        <input
          class="visually-hidden"
          type="file"
          accept="image/png,image/jpeg"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void pickLogo(file).then(show);
          }}
        />
      </label>
      <Show when={logo.value()}>
        <Button onClick={() => void removeLogo().then(show)}>{t('quotes:setup.removeLogo')}</Button>
      </Show>
      <ErrorMessage message={failure()} />
    </section>
  );
}
