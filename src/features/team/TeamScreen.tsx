import { QueryClientProvider } from '@tanstack/solid-query';
import { Match, Show, Switch } from 'solid-js';
import { currentPairing } from '../../sync/live';
import { startSync } from '../../sync/start';
import { DevicesCard } from './DevicesCard';
import { InviteCard } from './InviteCard';
import { PairForm } from './PairForm';
import { PrivacyCard } from './PrivacyCard';
import { SyncStatusCard } from './SyncStatusCard';
import { TeamDashboard } from './TeamDashboard';
import { queryClient } from './teamState';
import { WorkspaceCard } from './WorkspaceCard';
import './team.css';
import { t } from '../../i18n';

/**
 * The Team screen: pair this phone with a team workspace, see what waits to be sent, and — for
 * the owner — the team's devices, member codes and figures.
 */
export default function TeamScreen() {
  // Sync normally starts after the first render; opening this screen first must not wait for it.
  startSync();
  return (
    <QueryClientProvider client={queryClient}>
      <div class="screen team">
        <h1>{t('team:title')}</h1>
        <Switch fallback={<p class="loading">{t('team:loading')}</p>}>
          <Match when={currentPairing() === null}>
            <p>{t('team:intro')}</p>
            <PairForm />
            <SyncStatusCard />
          </Match>
          <Match when={currentPairing()?.needsPairing && currentPairing()}>
            {(pairing) => (
              <>
                <section class="card notice" role="alert" aria-labelledby="repair-title">
                  <h2 id="repair-title">{t('team:repair.title')}</h2>
                  <p>{t('team:repair.text')}</p>
                </section>
                <PairForm deviceName={pairing().deviceName} />
                <SyncStatusCard />
                <WorkspaceCard pairing={pairing()} />
              </>
            )}
          </Match>
          <Match when={currentPairing()}>
            {(pairing) => (
              <>
                <WorkspaceCard pairing={pairing()} />
                <SyncStatusCard />
                <TeamDashboard pairing={pairing()} />
                <Show when={pairing().role === 'owner'}>
                  <InviteCard />
                  <DevicesCard pairing={pairing()} />
                </Show>
              </>
            )}
          </Match>
        </Switch>
        <PrivacyCard />
      </div>
    </QueryClientProvider>
  );
}
