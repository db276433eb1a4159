import { A } from '@solidjs/router';
import './quotes.css';
import { createResource, createSignal, Show } from 'solid-js';
import { loadLogo, saveLogo } from '../../db/profile';
import {
  DEFAULT_QUOTE_SETTINGS,
  loadQuoteSettings,
  type QuoteSettings,
  saveQuoteSettings,
} from '../../db/quoteSettings';
import { DEVICE_PREFIX } from '../../domain/quotes';
import { t } from '../../i18n';
import { Button, buttonClass } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/Field';

/** Quote settings of this device: series prefix, defaults of a new quote, the logo. */
export default function QuoteSettingsScreen() {
  const [settings, setSettings] = createSignal<QuoteSettings>(DEFAULT_QUOTE_SETTINGS);
  const [typedPrefix, setTypedPrefix] = createSignal('');
  const [typedDays, setTypedDays] = createSignal('');
  const [ready, setReady] = createSignal(false);
  const [logo, { refetch }] = createResource(loadLogo);
  const [logoError, setLogoError] = createSignal('');
  void loadQuoteSettings().then((loaded) => {
    setSettings(loaded);
    setTypedPrefix(loaded.devicePrefix);
    setTypedDays(String(loaded.validityDays));
    setReady(true);
  });
  const save = (patch: Partial<QuoteSettings>) => {
    const next = { ...settings(), ...patch };
    setSettings(next);
    void saveQuoteSettings(next);
  };
  const prefixError = () =>
    typedPrefix() === '' || DEVICE_PREFIX.test(typedPrefix())
      ? undefined
      : t('quotes:setup.prefixError');
  const daysError = () =>
    /^\d{1,3}$/.test(typedDays()) && Number(typedDays()) >= 1 && Number(typedDays()) <= 365
      ? undefined
      : t('quotes:setup.daysError');
  const pickLogo = async (file: File | undefined) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type) || file.size > 512 * 1024)
      return setLogoError(t('quotes:setup.logoError'));
    setLogoError('');
    await saveLogo({
      type: file.type as 'image/png' | 'image/jpeg',
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    void refetch();
  };
  return (
    <div class="screen">
      <A class="text-link" href="/quotes">
        {t('quotes:list.back')}
      </A>
      <h1>{t('quotes:setup.title')}</h1>
      <Show when={ready()} fallback={<p class="loading">{t('app.loading')}</p>}>
        <form class="card" onSubmit={(event) => event.preventDefault()} novalidate>
          <TextField
            name="prefix"
            label={t('quotes:setup.prefix')}
            hint={t('quotes:setup.prefixHint')}
            value={typedPrefix()}
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
            value={typedDays()}
            error={daysError()}
            autocomplete="off"
            onValue={(value) => {
              setTypedDays(value);
              if (/^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 365)
                save({ validityDays: Number(value) });
            }}
          />
          <TextAreaField
            name="payment"
            label={t('quotes:setup.payment')}
            value={settings().paymentTerms}
            onValue={(value) => save({ paymentTerms: value })}
          />
          <TextAreaField
            name="execution"
            label={t('quotes:setup.execution')}
            value={settings().executionTerms}
            onValue={(value) => save({ executionTerms: value })}
          />
        </form>
        <section class="card" aria-labelledby="logo-title">
          <h2 id="logo-title">{t('quotes:setup.logo')}</h2>
          <Show when={logo()} fallback={<p class="hint">{t('quotes:setup.noLogo')}</p>}>
            {(image) => (
              <img
                class="logo-preview"
                alt={t('quotes:setup.logoAlt')}
                src={URL.createObjectURL(
                  new Blob([image().bytes as BlobPart], { type: image().type }),
                )}
              />
            )}
          </Show>
          <label class={buttonClass({})}>
            {t('quotes:setup.chooseLogo')}
            <input
              class="visually-hidden"
              type="file"
              accept="image/png,image/jpeg"
              onChange={(event) => void pickLogo(event.currentTarget.files?.[0])}
            />
          </label>
          <Show when={logo()}>
            <Button onClick={() => void saveLogo(null).then(() => refetch())}>
              {t('quotes:setup.removeLogo')}
            </Button>
          </Show>
          <p role="status" class="error">
            {logoError()}
          </p>
        </section>
      </Show>
    </div>
  );
}
