import { createSignal, onMount } from 'solid-js';
import { WORKSPACE_NAME_MAX } from '../../domain/names';
import { t } from '../../i18n';
import type { PairError } from '../../sync/pairing';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { CodeField, DeviceNameField } from './PairingFields';
import { deviceKind, pairErrorKey } from './teamRules';
import { createTeamOnThisDevice, proposedTeamName } from './teamState';

type Field = 'code' | 'team' | 'name';

/** Which field a failure belongs to (a server's refusal is about the code). */
function fieldOf(error: PairError): Field {
  if (error.kind === 'teamNameMissing' || error.kind === 'teamNameCharacters') return 'team';
  if (error.kind === 'nameMissing' || error.kind === 'nameCharacters') return 'name';
  return 'code';
}

/**
 * Creates the team on this server with the setup code it printed at its first start: this phone
 * becomes the team's owner, who then gives member codes from the Team screen.
 */
export function SetupForm() {
  const [code, setCode] = createSignal('');
  const [team, setTeam] = createSignal('');
  const [name, setName] = createSignal(
    t(`team:pair.defaultName.${deviceKind(navigator.userAgent)}`),
  );
  const [error, setError] = createSignal<PairError | null>(null);
  const [busy, setBusy] = createSignal(false);
  // The business name of the profile is a good team name; whatever is typed first wins.
  onMount(() => {
    void proposedTeamName().then((proposed) => {
      if (team() === '') setTeam(proposed);
    });
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(await createTeamOnThisDevice({ code: code(), teamName: team(), deviceName: name() }));
    setBusy(false);
  };
  const fieldError = (field: Field) => {
    const current = error();
    return current && fieldOf(current) === field ? t(pairErrorKey(current, 'setup')) : undefined;
  };

  return (
    <section class="card" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('team:setup.title')}</h2>
      <p class="hint">{t('team:setup.intro', { server: location.host })}</p>
      <form class="pair-form" novalidate onSubmit={(event) => void submit(event)}>
        <CodeField
          name="setup-code"
          label={t('team:setup.code')}
          hint={t('team:setup.codeHint')}
          error={fieldError('code')}
          value={code()}
          onValue={setCode}
        />
        <TextField
          name="team-name"
          label={t('team:setup.teamName')}
          hint={t('team:setup.teamNameHint')}
          error={fieldError('team')}
          value={team()}
          onValue={setTeam}
          autocomplete="organization"
          maxlength={String(WORKSPACE_NAME_MAX)}
        />
        <DeviceNameField
          name="setup-device-name"
          error={fieldError('name')}
          value={name()}
          onValue={setName}
        />
        <Button type="submit" variant="primary" wide disabled={busy()}>
          {busy() ? t('team:setup.creating') : t('team:setup.submit')}
        </Button>
      </form>
    </section>
  );
}
