import { createMemo, createSignal, For, Show } from 'solid-js';
import { needsDecennialInsurance } from '../../domain/trades';
import { voiceOf } from '../../domain/voice';
import { t } from '../../i18n';
import { ErrorMessage, ReadError } from '../../ui/Feedback';
import { ChoiceGroup, SelectField, TextField } from '../../ui/Field';
import { focusFieldFromHash } from './fieldFocus';
import { validateProfile } from './profileRules';
import {
  type CompanyProfile,
  createProfileState,
  LEGAL_FORMS,
  type VatRegime,
} from './profileState';
import { TradeSelect } from './TradeSelect';

type TextKey = {
  [K in keyof CompanyProfile]: CompanyProfile[K] extends string ? K : never;
}[keyof CompanyProfile];

/** The company profile: identity, contact, VAT, trade, insurance, mediator. Saved as typed. */
export function ProfileForm() {
  const state = createProfileState();
  const errors = createMemo(() => validateProfile(state.profile));
  focusFieldFromHash(state.ready);
  const [touched, setTouched] = createSignal<ReadonlySet<string>>(new Set());
  const touch = (field: string) => setTouched((prev) => new Set(prev).add(field));

  const saveFailure = () => {
    const key = state.saveFailure();
    return key && t(key);
  };

  // An error shows once the field was left, or at once when the typed value is wrong.
  const errorOf = (field: keyof CompanyProfile) => {
    const key = errors()[field];
    if (!key) return undefined;
    const typed = String(state.profile[field]).trim() !== '';
    return touched().has(field) || (typed && key !== 'settings:errors.required')
      ? t(key)
      : undefined;
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
      label={t(`settings:profile.fields.${field}`)}
      hint={t(`settings:profile.hints.${field}`, { defaultValue: '' }) || undefined}
      value={state.profile[field]}
      error={errorOf(field)}
      onValue={(value) => void state.update(field, value)}
      onBlur={() => touch(field)}
      type={extra.type ?? 'text'}
      inputmode={extra.inputmode}
      autocomplete={extra.autocomplete ?? 'off'}
    />
  );

  return (
    <Show when={state.ready()} fallback={<p class="loading">{t('app.loading')}</p>}>
      <Show
        when={state.loaded.error() === undefined}
        fallback={<ReadError onRetry={state.loaded.retry} />}
      >
        <form class="profile-form" onSubmit={(event) => event.preventDefault()} novalidate>
          <p class="save-state" role="status" aria-live="polite">
            {t(`settings:profile.save.${state.saveState()}`)}
          </p>
          <ErrorMessage message={saveFailure()} />

          <fieldset>
            <legend>{t('settings:profile.sections.identity')}</legend>
            {text('ownerName', { autocomplete: 'given-name' })}
            {text('name', { autocomplete: 'organization' })}
            <SelectField
              name="legalForm"
              label={t('settings:profile.fields.legalForm')}
              value={state.profile.legalForm}
              onValue={(value) =>
                void state.update('legalForm', value as CompanyProfile['legalForm'])
              }
            >
              <option value="">{t('settings:profile.choose')}</option>
              <For each={LEGAL_FORMS}>
                {(form) => <option value={form}>{t(`settings:legalForms.${form}`)}</option>}
              </For>
            </SelectField>
            <Show when={state.profile.legalForm !== '' && state.profile.legalForm !== 'ei'}>
              {text('shareCapital', { inputmode: 'numeric' })}
            </Show>
            {text('siret', { inputmode: 'numeric' })}
            {text('registration')}
          </fieldset>

          <fieldset>
            <legend>{t('settings:profile.sections.contact')}</legend>
            {text('street', { autocomplete: 'street-address' })}
            {text('postalCode', { inputmode: 'numeric', autocomplete: 'postal-code' })}
            {text('city', { autocomplete: 'address-level2' })}
            {text('phone', { type: 'tel', inputmode: 'tel', autocomplete: 'tel' })}
            {text('email', { type: 'email', inputmode: 'email', autocomplete: 'email' })}
          </fieldset>

          <fieldset>
            <legend>{t('settings:profile.sections.vat')}</legend>
            <ChoiceGroup<VatRegime>
              legend={t('settings:profile.fields.vatRegime')}
              name="vatRegime"
              value={state.profile.vatRegime}
              options={[
                { value: 'normal', label: t('settings:profile.vat.normal') },
                { value: 'franchise', label: t('settings:profile.vat.franchise') },
              ]}
              onValue={(value) => void state.update('vatRegime', value)}
            />
            <Show when={state.profile.vatRegime === 'normal'}>{text('vatNumber')}</Show>
          </fieldset>

          <fieldset>
            <legend>{t('settings:profile.sections.trade')}</legend>
            <TradeSelect
              value={state.profile.trade}
              onValue={(value) => void state.update('trade', value)}
            />
            <SelectField
              name="voice"
              label={t('settings:profile.fields.voice')}
              hint={t('settings:profile.hints.voice')}
              value={state.profile.voice}
              onValue={(value) => void state.update('voice', value as CompanyProfile['voice'])}
            >
              <option value="">
                {t('settings:profile.voice.auto', {
                  voice: t(`settings:profile.voice.${voiceOf('', state.profile.legalForm)}`),
                })}
              </option>
              <option value="je">{t('settings:profile.voice.je')}</option>
              <option value="nous">{t('settings:profile.voice.nous')}</option>
            </SelectField>
          </fieldset>

          <Show when={needsDecennialInsurance(state.profile.trade)}>
            <fieldset>
              <legend>{t('settings:profile.sections.insurance')}</legend>
              <p class="hint">{t('settings:profile.insuranceWhy')}</p>
              {text('insurerName')}
              {text('insurerAddress')}
              {text('insuranceCoverage')}
              {text('insurancePolicy')}
            </fieldset>
          </Show>

          <fieldset>
            <legend>{t('settings:profile.sections.mediator')}</legend>
            {text('mediatorName')}
            {text('mediatorWebsite', { type: 'url', inputmode: 'url' })}
            {text('mediatorContact')}
          </fieldset>
        </form>
      </Show>
    </Show>
  );
}
