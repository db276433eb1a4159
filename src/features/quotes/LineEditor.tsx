import { For, Show } from 'solid-js';
import { QUOTE_UNITS, VAT_RATES } from '../../domain/quotes';
import { language, t } from '../../i18n';
import { Button } from '../../ui/Button';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import type { QuoteEditor, QuoteLine } from './editorState';
import { quoteFormatter } from './words';

/** The id of a line's field (unique on the page: line ids are). */
const fieldId = (line: QuoteLine, field: string) => `line-${line.id}-${field}`;

/** The fields of a line typed as decimal figures (checked by the totals), with their labels. */
const AMOUNT_LABELS = {
  quantity: 'quotes:editor.quantity',
  unitPrice: 'quotes:editor.unitPrice',
  discount: 'quotes:editor.lineDiscount',
} as const;

type AmountName = keyof typeof AMOUNT_LABELS;

/** One decimal field of a line (quantity, price, discount), with its problem as the totals found it. */
function AmountField(props: {
  editor: QuoteEditor;
  line: QuoteLine;
  name: AmountName;
  set: (field: AmountName, value: string) => void;
}) {
  const problem = () =>
    props.editor.context().totals.lines.get(props.line.id)?.problems[props.name];
  return (
    <TextField
      id={fieldId(props.line, props.name)}
      name={props.name}
      label={t(AMOUNT_LABELS[props.name])}
      inputmode="decimal"
      value={props.line[props.name]}
      error={problem() ? t(`quotes:problems.${problem()}`) : undefined}
      onValue={(value) => props.set(props.name, value)}
      autocomplete="off"
    />
  );
}

/** One priced line: designation (several lines allowed), quantity, unit, price, VAT, discount. */
export function LineEditor(props: {
  editor: QuoteEditor;
  line: QuoteLine;
  index: number;
  onRemove: () => void;
  onSave: () => void;
}) {
  const set = <K extends keyof QuoteLine>(field: K, value: QuoteLine[K]) =>
    props.editor.update((draft) => {
      const item = draft.items.find((candidate) => candidate.id === props.line.id);
      if (item?.type === 'line') item[field] = value;
    }, props.line.id);
  const format = () => quoteFormatter(language());
  const units = () =>
    QUOTE_UNITS.includes(props.line.unit as never)
      ? QUOTE_UNITS
      : [...QUOTE_UNITS, props.line.unit];
  return (
    <li class="line-card" aria-label={t('quotes:editor.lineLabel', { index: props.index })}>
      <TextAreaField
        id={fieldId(props.line, 'designation')}
        name="designation"
        label={t('quotes:editor.designation')}
        value={props.line.designation}
        rows={2}
        onValue={(value) => set('designation', value)}
      />
      <div class="line-grid">
        <AmountField editor={props.editor} line={props.line} name="quantity" set={set} />
        <SelectField
          name="unit"
          label={t('quotes:editor.unit')}
          value={props.line.unit}
          onValue={(value) => set('unit', value)}
        >
          <For each={units()}>
            {(unit) => (
              <option value={unit}>{t(`quotes:units.${unit}`, { defaultValue: unit })}</option>
            )}
          </For>
        </SelectField>
        <AmountField editor={props.editor} line={props.line} name="unitPrice" set={set} />
        <Show when={props.editor.profile().vatRegime !== 'franchise'}>
          <SelectField
            name="vatRate"
            label={t('quotes:editor.vatRate')}
            value={String(props.line.vatRate)}
            onValue={(value) => set('vatRate', Number(value) as QuoteLine['vatRate'])}
          >
            <For each={VAT_RATES}>
              {(rate) => <option value={rate}>{format().rate(rate)}</option>}
            </For>
          </SelectField>
        </Show>
        <AmountField editor={props.editor} line={props.line} name="discount" set={set} />
      </div>
      <p class="line-total">
        {t('quotes:editor.lineTotal', {
          total: format().money(props.editor.context().totals.lines.get(props.line.id)?.total ?? 0),
        })}
      </p>
      <div class="actions">
        <Button onClick={() => props.onSave()}>{t('quotes:editor.saveToLibrary')}</Button>
        <Button onClick={() => props.onRemove()}>{t('quotes:editor.removeLine')}</Button>
      </div>
    </li>
  );
}
