import { For } from 'solid-js';
import { t } from '../../i18n';
import { CHECKLIST_IDS, type ChecklistId } from './checklists';

/** Checkboxes to choose the checklists a DOE is made from, each with what it covers. */
export function ChecklistPicker(props: {
  chosen: readonly ChecklistId[];
  onChange: (chosen: ChecklistId[]) => void;
  error?: string | undefined;
}) {
  const toggle = (id: ChecklistId, on: boolean) => {
    const next = new Set(props.chosen);
    if (on) next.add(id);
    else next.delete(id);
    props.onChange(CHECKLIST_IDS.filter((candidate) => next.has(candidate)));
  };
  return (
    <fieldset class="checklist-picker" aria-describedby="checklists-error">
      <legend>{t('doe:job.checklists')}</legend>
      <p class="hint">{t('doe:job.hints.checklists')}</p>
      <For each={CHECKLIST_IDS}>
        {(id) => (
          <label class="check-row">
            <input
              type="checkbox"
              name="checklists"
              value={id}
              checked={props.chosen.includes(id)}
              onChange={(event) => toggle(id, event.currentTarget.checked)}
            />
            <span>
              <strong>{t(`doe:checklists.${id}.title`)}</strong>
              <span class="muted">{t(`doe:checklists.${id}.text`)}</span>
            </span>
          </label>
        )}
      </For>
      <p class="error" id="checklists-error">
        {props.error ?? ''}
      </p>
    </fieldset>
  );
}
