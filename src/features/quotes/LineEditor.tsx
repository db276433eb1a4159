import { For, Show } from 'solid-js';
import { QUOTE_UNITS, VAT_RATES } from '../../domain/quotes';
import { language, t } from '../../i18n';
import { Button } from '../../ui/Button';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import type { QuoteEditor, QuoteLine } from './editorState';
import { quoteFormatter } from './words';

/** The locale key of a line field's problem as the totals found it, or undefined. */
function problemText(
  editor: QuoteEditor,
  line: QuoteLine,
  field: 'quantity' | 'unitPrice' | 'discount',
): string | undefined {
  const problem = editor.context().totals.lines.get(line.id)?.problems[field];
  return problem ? t(`quotes:problems.${problem}`) : undefined;
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
  const id = (field: string) => `line-${props.line.id}-${field}`;
  const format = () => quoteFormatter(language());
  const units = () =>
    QUOTE_UNITS.includes(props.line.unit as never)
      ? QUOTE_UNITS
      : [...QUOTE_UNITS, props.line.unit];
  return (
    <li class="line-card" aria-label={t('quotes:editor.lineLabel', { index: props.index })}>
      <TextAreaField
        id={id('designation')}
        name="designation"
        label={t('quotes:editor.designation')}
        value={props.line.designation}
        rows={2}
        onValue={(value) => set('designation', value)}
      />
      <div class="line-grid">
        <TextField
          id={id('quantity')}
          name="quantity"
          label={t('quotes:editor.quantity')}
          inputmode="decimal"
          value={props.line.quantity}
          error={problemText(props.editor, props.line, 'quantity')}
          onValue={(value) => set('quantity', value)}
          autocomplete="off"
        />
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
        <TextField
          id={id('unitPrice')}
          name="unitPrice"
          label={t('quotes:editor.unitPrice')}
          inputmode="decimal"
          value={props.line.unitPrice}
          error={problemText(props.editor, props.line, 'unitPrice')}
          onValue={(value) => set('unitPrice', value)}
          autocomplete="off"
        />
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
        <TextField
          id={id('discount')}
          name="discount"
          label={t('quotes:editor.lineDiscount')}
          inputmode="decimal"
          value={props.line.discount}
          error={problemText(props.editor, props.line, 'discount')}
          onValue={(value) => set('discount', value)}
          autocomplete="off"
        />
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
