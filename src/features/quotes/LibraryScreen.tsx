import { A } from '@solidjs/router';
import './quotes.css';
import { createSignal, For, Show } from 'solid-js';
import {
  addCatalogItem,
  deleteCatalogItem,
  listCatalog,
  restoreCatalogItem,
} from '../../db/catalog';
import { createLiveQuery } from '../../db/live';
import type { CatalogItem } from '../../db/schema';
import { QUOTE_UNITS, VAT_RATES, type VatRate } from '../../domain/quotes';
import { language, t } from '../../i18n';
import { Button } from '../../ui/Button';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { parseCents } from './rules/decimal';
import { quoteFormatter } from './words';

/** The artisan's item library: saved lines by section, added here or from a quote's line. */
export default function LibraryScreen() {
  const items = createLiveQuery(() => listCatalog());
  const [section, setSection] = createSignal('');
  const [designation, setDesignation] = createSignal('');
  const [unit, setUnit] = createSignal('u');
  const [price, setPrice] = createSignal('');
  const [rate, setRate] = createSignal<VatRate>(2000);
  const [message, setMessage] = createSignal('');
  const [removed, setRemoved] = createSignal<CatalogItem>();
  const format = () => quoteFormatter(language());
  const priceProblem = () => {
    if (price().trim() === '') return undefined;
    const parsed = parseCents(price());
    return parsed.ok ? undefined : t(`quotes:problems.${parsed.problem}`);
  };
  const add = async () => {
    const parsed = parseCents(price());
    if (designation().trim() === '' || !parsed.ok)
      return setMessage(t('quotes:library.incomplete'));
    await addCatalogItem({
      section: section(),
      designation: designation(),
      unit: unit(),
      unitPrice: parsed.value,
      vatRate: rate(),
    });
    setDesignation('');
    setPrice('');
    setMessage(t('quotes:library.added'));
  };
  const remove = async (item: CatalogItem) => {
    setRemoved(await deleteCatalogItem(item.id));
  };
  return (
    <div class="screen">
      <A class="text-link" href="/quotes">
        {t('quotes:list.back')}
      </A>
      <h1>{t('quotes:library.title')}</h1>
      <form
        class="card"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
        novalidate
      >
        <h2>{t('quotes:library.new')}</h2>
        <TextField
          name="section"
          label={t('quotes:library.section')}
          hint={t('quotes:library.sectionHint')}
          value={section()}
          onValue={setSection}
          autocomplete="off"
        />
        <TextAreaField
          name="designation"
          label={t('quotes:editor.designation')}
          value={designation()}
          onValue={setDesignation}
          rows={2}
        />
        <SelectField name="unit" label={t('quotes:editor.unit')} value={unit()} onValue={setUnit}>
          <For each={QUOTE_UNITS}>
            {(value) => <option value={value}>{t(`quotes:units.${value}`)}</option>}
          </For>
        </SelectField>
        <TextField
          name="price"
          label={t('quotes:editor.unitPrice')}
          inputmode="decimal"
          value={price()}
          error={priceProblem()}
          onValue={setPrice}
          autocomplete="off"
        />
        <SelectField
          name="rate"
          label={t('quotes:editor.vatRate')}
          value={String(rate())}
          onValue={(value) => setRate(Number(value) as VatRate)}
        >
          <For each={VAT_RATES}>
            {(value) => <option value={value}>{format().rate(value)}</option>}
          </For>
        </SelectField>
        <Button variant="primary" wide type="submit">
          {t('quotes:library.add')}
        </Button>
        <p role="status" class="hint">
          {message()}
        </p>
      </form>
      <Show when={removed()}>
        {(item) => (
          <div class="toast" role="status">
            <span>{t('quotes:library.removed')}</span>
            <Button
              onClick={() => void restoreCatalogItem(item()).then(() => setRemoved(undefined))}
            >
              {t('quotes:library.undo')}
            </Button>
          </div>
        )}
      </Show>
      <ul class="history-list">
        <For each={items.value()}>
          {(item) => (
            <li class="list-item">
              <span>
                <strong class="pre-line">{item.designation}</strong>
                <span class="muted">
                  {' '}
                  {item.section} · {format().money(item.unitPrice)} /{' '}
                  {t(`quotes:units.${item.unit}`, { defaultValue: item.unit })} ·{' '}
                  {format().rate(item.vatRate)}
                </span>
              </span>
              <Button onClick={() => void remove(item)}>{t('quotes:library.remove')}</Button>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
