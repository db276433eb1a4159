import { A } from '@solidjs/router';
import './quotes.css';
import { createSignal, For, Show } from 'solid-js';
import { QUOTE_UNITS, VAT_RATES, type VatRate } from '../../domain/quotes';
import { language, t } from '../../i18n';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage, Loaded } from '../../ui/Feedback';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { reported, showToast } from '../../ui/Toast';
import { useDocumentTitle } from '../../ui/title';
import {
  addToLibrary,
  type CatalogItem,
  createLibrary,
  removeFromLibrary,
  restoreToLibrary,
} from './libraryState';
import { parseCents } from './rules/decimal';
import { quoteFormatter } from './words';

/** The artisan's item library: saved lines by section, added here or from a quote's line. */
export default function LibraryScreen() {
  useDocumentTitle(() => t('quotes:library.title'));
  const items = createLibrary();
  const [section, setSection] = createSignal('');
  const [designation, setDesignation] = createSignal('');
  const [unit, setUnit] = createSignal('u');
  const [price, setPrice] = createSignal('');
  const [rate, setRate] = createSignal<VatRate>(2000);
  const [message, setMessage] = createSignal('');
  const [failure, setFailure] = createSignal<string>();
  const format = () => quoteFormatter(language());
  const priceProblem = () => {
    if (price().trim() === '') return undefined;
    const parsed = parseCents(price());
    return parsed.ok ? undefined : t(`quotes:problems.${parsed.problem}`);
  };
  const add = async () => {
    const parsed = parseCents(price());
    setMessage('');
    if (designation().trim() === '' || !parsed.ok)
      return setFailure(t('quotes:library.incomplete'));
    const added = await addToLibrary({
      section: section(),
      designation: designation(),
      unit: unit(),
      unitPrice: parsed.value,
      vatRate: rate(),
    });
    // A failed save keeps what was typed, and says so beside the form.
    if (!added.ok) return setFailure(t(added.message));
    setFailure(undefined);
    setDesignation('');
    setPrice('');
    setMessage(t('quotes:library.added'));
  };
  const remove = async (item: CatalogItem) => {
    const removed = reported(await removeFromLibrary(item.id));
    if (!removed) return;
    showToast({
      message: () => t('quotes:library.removed'),
      undo: () => restoreToLibrary(removed),
    });
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
        <ErrorMessage message={failure()} />
        <p role="status" class="hint">
          {message()}
        </p>
      </form>
      <Loaded query={items}>
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={
              <EmptyState title={t('quotes:library.title')} text={t('quotes:library.empty')} />
            }
          >
            <ul class="quote-list">
              <For each={list()}>
                {(item) => (
                  <li class="library-item">
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
          </Show>
        )}
      </Loaded>
    </div>
  );
}
