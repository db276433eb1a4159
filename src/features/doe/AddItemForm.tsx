import { createSignal } from 'solid-js';
import { DOE_TEXT_MAX } from '../../domain/limits';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { addCustomItem } from './itemActions';

/** Adds a document the checklists do not hold, at the end of the DOE. */
export function AddItemForm(props: { jobId: string }) {
  const [label, setLabel] = createSignal('');
  const [required, setRequired] = createSignal(true);
  const [error, setError] = createSignal<string | undefined>();
  const add = async (event: SubmitEvent) => {
    event.preventDefault();
    const text = label().trim();
    if (text === '') return setError(t('doe:mistakes.labelRequired'));
    if (text.length > DOE_TEXT_MAX)
      return setError(t('doe:mistakes.tooLong', { max: DOE_TEXT_MAX }));
    setError(undefined);
    if (await addCustomItem(props.jobId, text, required())) setLabel('');
  };
  return (
    <form class="card add-item" onSubmit={(event) => void add(event)} novalidate>
      <h3>{t('doe:add.title')}</h3>
      <TextField
        name="new-item"
        label={t('doe:add.label')}
        value={label()}
        onValue={setLabel}
        error={error()}
        autocomplete="off"
      />
      <label class="check-row">
        <input
          type="checkbox"
          checked={required()}
          onChange={(event) => setRequired(event.currentTarget.checked)}
        />
        <span>{t('doe:add.required')}</span>
      </label>
      <Button wide type="submit">
        {t('doe:add.submit')}
      </Button>
    </form>
  );
}
