import { For, Show } from 'solid-js';
import { VAT_RATES } from '../../domain/quotes';
import { language, t } from '../../i18n';
import { ChoiceGroup, SelectField, TextAreaField, TextField } from '../../ui/Field';
import type { PercentOrAmount, QuoteContent, QuoteEditor } from './editorState';
import { quoteFormatter } from './words';

type TextKey =
  | 'validityDays'
  | 'leadTime'
  | 'paymentTerms'
  | 'executionTerms'
  | 'quotePrice'
  | 'travel'
  | 'title';
type Toggle = 'offPremises' | 'receivedBeforeWork' | 'reducedRateCertification';

/** Travel costs, discount, deposit, validity, start, payment and execution terms, options, notes. */
export function TermsEditor(props: { editor: QuoteEditor }) {
  const content = () => props.editor.content;
  const set = <K extends keyof QuoteContent>(field: K, value: QuoteContent[K]) =>
    props.editor.update((draft) => {
      draft[field] = value;
    });
  const problem = (field: 'travel' | 'discount' | 'deposit') => {
    const found = props.editor.context().totals.problems[field];
    return found ? t(`quotes:problems.${found}`) : undefined;
  };
  const text = (
    field: TextKey,
    extra: { inputmode?: 'decimal' | 'numeric'; error?: string | undefined } = {},
  ) => (
    <TextField
      id={`quote-${field}`}
      name={field}
      label={t(`quotes:editor.${field}`)}
      hint={t(`quotes:editor.hints.${field}`, { defaultValue: '' }) || undefined}
      value={content()[field]}
      inputmode={extra.inputmode}
      error={extra.error}
      autocomplete="off"
      onValue={(value) => set(field, value)}
    />
  );
  const percentOrAmount = (field: 'discount' | 'deposit') => (
    <fieldset class="split">
      <legend>{t(`quotes:editor.${field}`)}</legend>
      <ChoiceGroup<PercentOrAmount['kind']>
        legend={t('quotes:editor.kind')}
        name={`${field}-kind`}
        value={content()[field].kind}
        options={[
          { value: 'percent', label: '%' },
          { value: 'amount', label: '€' },
        ]}
        onValue={(kind) => set(field, { ...content()[field], kind })}
      />
      <TextField
        id={`quote-${field}`}
        name={field}
        label={t(`quotes:editor.${field}Value`)}
        inputmode="decimal"
        value={content()[field].value}
        error={problem(field)}
        autocomplete="off"
        onValue={(value) => set(field, { ...content()[field], value })}
      />
    </fieldset>
  );
  const toggle = (field: Toggle) => (
    <label class="toggle">
      <input
        id={`quote-${field}`}
        type="checkbox"
        checked={content()[field]}
        onChange={(event) => set(field, event.currentTarget.checked)}
      />
      <span>{t(`quotes:editor.${field}`)}</span>
    </label>
  );
  return (
    <section class="card" aria-labelledby="terms-title">
      <h2 id="terms-title">{t('quotes:editor.terms')}</h2>
      {text('travel', { inputmode: 'decimal', error: problem('travel') })}
      <Show
        when={props.editor.profile().vatRegime !== 'franchise' && content().travel.trim() !== ''}
      >
        <SelectField
          name="travelVatRate"
          label={t('quotes:editor.travelVatRate')}
          value={String(content().travelVatRate)}
          onValue={(value) => set('travelVatRate', Number(value) as QuoteContent['travelVatRate'])}
        >
          <For each={VAT_RATES}>
            {(rate) => <option value={rate}>{quoteFormatter(language()).rate(rate)}</option>}
          </For>
        </SelectField>
      </Show>
      {percentOrAmount('discount')}
      {percentOrAmount('deposit')}
      {text('validityDays', { inputmode: 'numeric' })}
      <TextField
        id="quote-startDate"
        name="startDate"
        type="date"
        label={t('quotes:editor.startDate')}
        value={content().startDate}
        onValue={(value) => set('startDate', value)}
      />
      {text('leadTime')}
      {text('paymentTerms')}
      {text('executionTerms')}
      {text('quotePrice', { inputmode: 'decimal' })}
      <fieldset>
        <legend>{t('quotes:editor.options')}</legend>
        {toggle('offPremises')}
        {toggle('receivedBeforeWork')}
        {toggle('reducedRateCertification')}
      </fieldset>
      <TextAreaField
        id="quote-notes"
        name="notes"
        label={t('quotes:editor.notes')}
        value={content().notes}
        onValue={(value) => set('notes', value)}
      />
    </section>
  );
}
