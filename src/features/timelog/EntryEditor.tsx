import { createSignal, For, onMount } from 'solid-js';
import { TIME_CATEGORIES, type TimeCategory } from '../../domain/categories';
import { language, t } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { ENTRY_MINUTES, parseMinutes } from './timelogRules';
import { saveEntry, type TimeEntry } from './timelogState';

/** A small form in place of an entry: minutes, category and note, saved on "Enregistrer". */
export function EntryEditor(props: { entry: TimeEntry; onClose: () => void }) {
  const [minutes, setMinutes] = createSignal(String(props.entry.minutes));
  const [category, setCategory] = createSignal<TimeCategory>(props.entry.category);
  const [note, setNote] = createSignal(props.entry.note ?? '');
  const [invalid, setInvalid] = createSignal(false);
  let form: HTMLFormElement | undefined;

  onMount(() => form?.querySelector('input')?.focus());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const value = parseMinutes(minutes());
    setInvalid(value === null);
    if (value === null) {
      form?.querySelector('input')?.focus();
      return;
    }
    const saved = await saveEntry(props.entry, {
      minutes: value,
      category: category(),
      note: note().trim(),
    });
    if (saved) props.onClose();
  };

  return (
    <form
      ref={form}
      class="entry-editor"
      novalidate
      aria-label={t('timelog:editor.title')}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose();
      }}
    >
      <TextField
        name="entry-minutes"
        label={t('timelog:editor.minutes')}
        inputmode="numeric"
        autocomplete="off"
        value={minutes()}
        onValue={setMinutes}
        error={
          invalid()
            ? t('timelog:invalid.minutes', {
                min: formatNumber(ENTRY_MINUTES.min, language()),
                max: formatNumber(ENTRY_MINUTES.max, language()),
              })
            : undefined
        }
      />
      <SelectField
        name="entry-category"
        label={t('timelog:editor.category')}
        value={category()}
        onValue={(value) => setCategory(value as TimeCategory)}
      >
        <For each={TIME_CATEGORIES}>
          {(value) => <option value={value}>{t(`categories.${value}`)}</option>}
        </For>
      </SelectField>
      <TextField
        name="entry-note"
        label={t('timelog:editor.note')}
        autocomplete="off"
        maxlength="200"
        value={note()}
        onValue={setNote}
      />
      <div class="actions">
        <Button type="submit" variant="primary">
          {t('timelog:editor.save')}
        </Button>
        <Button onClick={() => props.onClose()}>{t('timelog:editor.cancel')}</Button>
      </div>
    </form>
  );
}
