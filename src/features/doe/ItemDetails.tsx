import { createSignal, createUniqueId, Show } from 'solid-js';
import { DOE_TEXT_MAX } from '../../domain/limits';
import { t } from '../../i18n';
import { TextField } from '../../ui/Field';
import { changeRequired, rename, saveNote } from './itemActions';
import type { DoeItemRecord } from './jobData';

/**
 * An item's note and wording, saved as typed. The fields start from the stored item and then
 * follow the keyboard only: a save landing while typing never moves the text under the cursor.
 */
export function ItemNote(props: { item: DoeItemRecord }) {
  const id = createUniqueId();
  const [note, setNote] = createSignal(props.item.note);
  return (
    <div class="field">
      <label for={id}>{t('doe:item.note')}</label>
      <textarea
        id={id}
        name="note"
        rows={4}
        class="note"
        value={note()}
        aria-describedby={`${id}-hint`}
        onInput={(event) => {
          setNote(event.currentTarget.value);
          void saveNote(props.item.id, event.currentTarget.value);
        }}
      />
      <p class="hint" id={`${id}-hint`}>
        {t('doe:item.noteHint')}
      </p>
    </div>
  );
}

/** The item's own wording (empty brings the checklist's back) and whether it is required. */
export function ItemSettings(props: { item: DoeItemRecord; checklistLabel: string }) {
  const [label, setLabel] = createSignal(props.item.label ?? '');
  const tooLong = () => label().length > DOE_TEXT_MAX;
  return (
    <>
      <TextField
        name="label"
        label={t('doe:item.rename')}
        value={label()}
        placeholder={props.checklistLabel}
        hint={props.checklistLabel ? t('doe:item.renameHint') : undefined}
        error={tooLong() ? t('doe:mistakes.tooLong', { max: DOE_TEXT_MAX }) : undefined}
        autocomplete="off"
        onValue={(value) => {
          setLabel(value);
          void rename(props.item.id, value);
        }}
      />
      <label class="check-row">
        <input
          type="checkbox"
          checked={props.item.required}
          onChange={(event) => void changeRequired(props.item.id, event.currentTarget.checked)}
        />
        <span>{t('doe:item.requiredToggle')}</span>
      </label>
      <Show when={!props.item.required}>
        <p class="hint">{t('doe:item.optionalHint')}</p>
      </Show>
    </>
  );
}
