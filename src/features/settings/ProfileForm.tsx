import { useLocation } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import { type CompanyProfile, LEGAL_FORMS, type VatRegime } from '../../db/profile';
import { needsDecennialInsurance, TRADE_FAMILIES, TRADES, type Trade } from '../../domain/trades';
import { t } from '../../i18n';
import { ChoiceGroup, SelectField, TextField } from '../../ui/Field';
import { validateProfile } from './profileRules';
import { createProfileState } from './profileState';

type TextKey = {
  [K in keyof CompanyProfile]: CompanyProfile[K] extends string ? K : never;
}[keyof CompanyProfile];

/** The company profile: identity, contact, VAT, trade, insurance, mediator. Saved as typed. */
export function ProfileForm() {
  const state = createProfileState();
  const errors = createMemo(() => validateProfile(state.profile));
  // A link such as /settings#field-siret (from the quote checker) leads to that field. The
  // router's location is read: the address bar changes only once the screen is shown.
  const routerLocation = useLocation();
  createEffect(() => {
    const field = /^#field-(\w+)$/.exec(routerLocation.hash)?.[1];
    if (!state.ready() || !field) return;
    // The form may still be held by a Suspense boundary, and the previous screen's focused
    // button may be removed after it: keep the focus on the field for a few frames (≤ 5 s).
    const until = performance.now() + 5000;
    let steady = 0;
    const focus = () => {
      const input = document.querySelector<HTMLElement>(`[name="${field}"]`);
      if (input?.isConnected && document.activeElement !== input) {
        input.scrollIntoView({ block: 'center' });
        input.focus();
        steady = 0;
      } else if (input?.isConnected) steady += 1;
      if (steady < 10 && performance.now() < until) requestAnimationFrame(focus);
    };
    requestAnimationFrame(focus);
  });
  const [touched, setTouched] = createSignal<ReadonlySet<string>>(new Set());
  const touch = (field: string) => setTouched((prev) => new Set(prev).add(field));

  // An error shows once the field was left, or at once when the typed value is wrong.
  const errorOf = (field: keyof CompanyProfile) => {
    const key = errors()[field];
    if (!key) return undefined;
    const typed = String(state.profile[field]).trim() !== '';
    return touched().has(field) || (typed && key !== 'errors.required') ? t(key) : undefined;
  };

  const text = (
    field: TextKey,
    extra: {
      type?: string;
      inputmode?: 'numeric' | 'tel' | 'email' | 'url';
      autocomplete?: string;
    } = {},
  ) => (
    <TextField
      name={field}
      label={t(`profile.fields.${field}`)}
      hint={t(`profile.hints.${field}`, { defaultValue: '' }) || undefined}
      value={state.profile[field]}
      error={errorOf(field)}
      onValue={(value) => state.update(field, value)}
      onBlur={() => touch(field)}
      type={extra.type ?? 'text'}
      inputmode={extra.inputmode}
      autocomplete={extra.autocomplete ?? 'off'}
    />
  );

  return (
    <Show when={state.ready()} fallback={<p class="loading">{t('app.loading')}</p>}>
      <form class="profile-form" onSubmit={(event) => event.preventDefault()} novalidate>
        <p class="save-state" role="status" aria-live="polite">
          {t(`profile.save.${state.saveState()}`)}
        </p>

        <fieldset>
          <legend>{t('profile.sections.identity')}</legend>
          {text('name', { autocomplete: 'organization' })}
          <SelectField
            name="legalForm"
            label={t('profile.fields.legalForm')}
            value={state.profile.legalForm}
            onValue={(value) => state.update('legalForm', value as CompanyProfile['legalForm'])}
          >
            <option value="">{t('profile.choose')}</option>
            <For each={LEGAL_FORMS}>
              {(form) => <option value={form}>{t(`legalForms.${form}`)}</option>}
            </For>
          </SelectField>
          <Show when={state.profile.legalForm !== '' && state.profile.legalForm !== 'ei'}>
            {text('shareCapital', { inputmode: 'numeric' })}
          </Show>
          {text('siret', { inputmode: 'numeric' })}
          {text('registration')}
        </fieldset>

        <fieldset>
          <legend>{t('profile.sections.contact')}</legend>
          {text('street', { autocomplete: 'street-address' })}
          {text('postalCode', { inputmode: 'numeric', autocomplete: 'postal-code' })}
          {text('city', { autocomplete: 'address-level2' })}
          {text('phone', { type: 'tel', inputmode: 'tel', autocomplete: 'tel' })}
          {text('email', { type: 'email', inputmode: 'email', autocomplete: 'email' })}
        </fieldset>

        <fieldset>
          <legend>{t('profile.sections.vat')}</legend>
          <ChoiceGroup<VatRegime>
            legend={t('profile.fields.vatRegime')}
            name="vatRegime"
            value={state.profile.vatRegime}
            options={[
              { value: 'normal', label: t('profile.vat.normal') },
              { value: 'franchise', label: t('profile.vat.franchise') },
            ]}
            onValue={(value) => state.update('vatRegime', value)}
          />
          <Show when={state.profile.vatRegime === 'normal'}>{text('vatNumber')}</Show>
        </fieldset>

        <fieldset>
          <legend>{t('profile.sections.trade')}</legend>
          <SelectField
            name="trade"
            label={t('profile.fields.trade')}
            value={state.profile.trade}
            onValue={(value) => state.update('trade', value as Trade | '')}
          >
            <option value="">{t('profile.choose')}</option>
            <For each={TRADE_FAMILIES}>
              {(family) => (
                <optgroup label={t(`tradeFamilies.${family}`)}>
                  <For
                    each={Object.keys(TRADES).filter((trade) => TRADES[trade as Trade] === family)}
                  >
                    {(trade) => <option value={trade}>{t(`trades.${trade}`)}</option>}
                  </For>
                </optgroup>
              )}
            </For>
          </SelectField>
        </fieldset>

        <Show when={needsDecennialInsurance(state.profile.trade)}>
          <fieldset>
            <legend>{t('profile.sections.insurance')}</legend>
            <p class="hint">{t('profile.insuranceWhy')}</p>
            {text('insurerName')}
            {text('insurerAddress')}
            {text('insuranceCoverage')}
            {text('insurancePolicy')}
          </fieldset>
        </Show>

        <fieldset>
          <legend>{t('profile.sections.mediator')}</legend>
          {text('mediatorName')}
          {text('mediatorWebsite', { type: 'url', inputmode: 'url' })}
          {text('mediatorContact')}
        </fieldset>
      </form>
    </Show>
  );
}
