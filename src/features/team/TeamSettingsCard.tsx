import { Show } from 'solid-js';
import { currentPairing } from '../../sync/live';
import { ButtonLink } from '../../ui/Button';
import { tm } from './strings';

/** The Settings section leading to the Team screen, naming the team when paired. */
export function TeamSettingsCard() {
  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">{tm('settingsCard.title')}</h2>
      <Show when={currentPairing()} fallback={<p class="hint">{tm('settingsCard.text')}</p>}>
        {(pairing) => <p>{tm('settingsCard.paired', { name: pairing().workspace.name })}</p>}
      </Show>
      <ButtonLink href="/team">{tm('settingsCard.open')}</ButtonLink>
    </section>
  );
}
