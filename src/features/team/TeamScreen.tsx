import { QueryClientProvider } from '@tanstack/solid-query';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { t } from '../../i18n';
import { currentPairing } from '../../sync/live';
import { startSync } from '../../sync/start';
import { ChoiceGroup } from '../../ui/Field';
import { DevicesCard } from './DevicesCard';
import { InviteCard } from './InviteCard';
import { PairForm } from './PairForm';
import { PrivacyCard } from './PrivacyCard';
import { SetupForm } from './SetupForm';
import { SyncStatusCard } from './SyncStatusCard';
import { TeamDashboard } from './TeamDashboard';
import { queryClient } from './teamState';
import { WorkspaceCard } from './WorkspaceCard';
import './team.css';
import { useDocumentTitle } from '../../ui/title';

/**
 * The Team screen: pair this phone with a team workspace, see what waits to be sent, and — for
 * the owner — the team's devices, member codes and figures.
 */
export default function TeamScreen() {
  // Sync normally starts after the first render; opening this screen first must not wait for it.
  startSync();
  // A member joins with the owner's code; the first phone of a team creates it.
  const [start, setStart] = createSignal<'join' | 'create'>('join');
  useDocumentTitle(() => t('team:title'));
  return (
    <QueryClientProvider client={queryClient}>
      <div class="screen team">
        <h1>{t('team:title')}</h1>
        <Switch fallback={<p class="loading">{t('team:loading')}</p>}>
          <Match when={currentPairing() === null}>
            <p>{t('team:intro')}</p>
            <ChoiceGroup<'join' | 'create'>
              legend={t('team:start.legend')}
              name="team-start"
              value={start()}
              options={[
                { value: 'join', label: t('team:start.join') },
                { value: 'create', label: t('team:start.create') },
              ]}
              onValue={setStart}
            />
            <Show when={start() === 'create'} fallback={<PairForm />}>
              <SetupForm />
            </Show>
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
