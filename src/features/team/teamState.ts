import { keepPreviousData, QueryClient, useMutation, useQuery } from '@tanstack/solid-query';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import { loadProfile } from '../../db/profile';
import type { OutboxEvent } from '../../db/schema';
import { createApi } from '../../sync/api';
import { syncRecord } from '../../sync/live';
import { discardParked, listParked, retryParked } from '../../sync/outbox';
import { createTeam, type PairError, type PairOutcome, pair, unpair } from '../../sync/pairing';
import { startSync } from '../../sync/start';
import { listDevices, loadIndicators, newMemberCode, revokeDevice } from '../../sync/team';
import { runAction } from '../../ui/action';
import { reported } from '../../ui/Toast';

// Feature state of the Team screen. Server state (figures, devices) goes through TanStack Query,
// created here so that the library loads with this screen only; every request is made by
// src/sync/. Local sync state (pairing, outbox) comes from src/sync/live.ts signals. Local
// actions report a failure in the toast; writes are tracked by src/db.

/** An event waiting for the server (the type only: components never import src/db). */
export type { OutboxEvent };

const api = createApi();

/** The Team screen's query client. */
export const queryClient: QueryClient = new QueryClient({
  defaultOptions: {
    // 'always': the query functions read IndexedDB when the network is gone, so they must run
    // even when the browser says it is offline.
    queries: { networkMode: 'always', retry: false, staleTime: 60_000 },
    mutations: { networkMode: 'always', retry: false },
  },
});

/**
 * The team's figures (fresh, or the last kept on the device), refreshed when the screen shows.
 * Their key names the last successful push, so a push (right after pairing, or a manual sync)
 * always leads to a read made after it, whenever the screen was opened; the figures shown until
 * then stay on screen.
 */
export function useIndicators(workspaceId: () => string) {
  return useQuery(() => ({
    queryKey: ['team', workspaceId(), 'indicators', syncRecord().lastSuccessAt],
    queryFn: () => loadIndicators(api, Date.now()),
    placeholderData: keepPreviousData,
  }));
}

/** Owner: the team's devices. */
export function useDevices(workspaceId: () => string, enabled: () => boolean) {
  return useQuery(() => ({
    queryKey: ['team', workspaceId(), 'devices'],
    queryFn: () => listDevices(api),
    enabled: enabled(),
  }));
}

/** Owner: revokes a device, then reloads the list. */
export function useRevokeDevice(workspaceId: () => string) {
  return useMutation(() => ({
    mutationFn: (id: string) => revokeDevice(api, id),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: ['team', workspaceId(), 'devices'] }),
  }));
}

/** Owner: creates a single-use member code. */
export function useNewMemberCode() {
  return useMutation(() => ({ mutationFn: () => newMemberCode(api) }));
}

/** Pairs this phone, then pushes what waits. Returns the error to show, or null. */
export async function pairThisDevice(code: string, deviceName: string): Promise<PairError | null> {
  return afterPairing(await pair(api, { code, deviceName, now: Date.now() }));
}

/**
 * Creates the team with the server's setup code; this phone becomes its owner, then pushes what
 * waits. Returns the error to show, or null.
 */
export async function createTeamOnThisDevice(input: {
  code: string;
  teamName: string;
  deviceName: string;
}): Promise<PairError | null> {
  return afterPairing(await createTeam(api, { ...input, now: Date.now() }));
}

async function afterPairing(result: PairOutcome): Promise<PairError | null> {
  if (!result.ok) return result.error;
  queryClient.clear();
  void startSync().requestSync('manual');
  return null;
}

/** The business name of the profile, proposed as the team's name ('' when unknown). */
export async function proposedTeamName(): Promise<string> {
  return loadProfile().then(
    (profile) => profile.name.trim(),
    () => '',
  );
}

/** Forgets the pairing on this phone (the outbox stays). */
export async function unpairThisDevice(): Promise<void> {
  startSync().stop();
  const done = await runAction(unpair);
  reported(done);
  if (done.ok) queryClient.clear();
}

/** The events the server refused, oldest first, live. */
export function createParkedEvents(): LiveQuery<OutboxEvent[]> {
  return createLiveQuery(listParked);
}

/** Queues the refused events again and pushes them. */
export async function retryRefused(): Promise<void> {
  const done = await runAction(retryParked);
  reported(done);
  if (done.ok) void startSync().requestSync('manual');
}

/** Drops the refused events for good. */
export async function discardRefused(): Promise<void> {
  reported(await runAction(discardParked));
}

/** Pushes now (the user's tap skips a back-off wait, not a server's Retry-After). */
export function syncNow(): Promise<void> {
  return startSync().requestSync('manual');
}
