import { Show } from 'solid-js';
import { t } from '../../i18n';
import { currentPairing } from '../../sync/live';
import { ButtonLink } from '../../ui/Button';

/** The Settings section leading to the Team screen, naming the team when paired. */
export function TeamSettingsCard() {
  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">{t('team:settingsCard.title')}</h2>
      <Show when={currentPairing()} fallback={<p class="hint">{t('team:settingsCard.text')}</p>}>
        {(pairing) => <p>{t('team:settingsCard.paired', { name: pairing().workspace.name })}</p>}
      </Show>
      <ButtonLink href="/team">{t('team:settingsCard.open')}</ButtonLink>
    </section>
  );
}
