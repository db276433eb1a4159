import { For, Match, Show, Switch } from 'solid-js';
import { t } from '../../i18n';
import type { DeviceInfo } from '../../protocol/protocol';
import type { Pairing } from '../../sync/state';
import { TeamRequestError } from '../../sync/team';
import { ErrorMessage } from '../../ui/Feedback';
import { ConfirmAction } from './ConfirmAction';
import { formatDateTime } from './format';
import { syncErrorKey } from './teamRules';
import { useDevices, useRevokeDevice } from './teamState';

/** The reason a team request failed, in words. */
export function failureText(error: unknown): string {
  const kind = error instanceof TeamRequestError ? error.reason.kind : 'server';
  return t(syncErrorKey(kind));
}

function Device(props: { device: DeviceInfo; self: boolean; onRevoke: () => unknown }) {
  return (
    <li class="device" classList={{ revoked: props.device.revoked }}>
      <span class="device-name">
        <strong>{props.device.name}</strong>
        <Show when={props.self}>
          <span class="muted"> ({t('team:devices.self')})</span>
        </Show>
      </span>
      <span class="muted">
        {t(`team:workspace.roles.${props.device.role}`)} ·{' '}
        {props.device.lastSeenAt
          ? t('team:devices.lastSeen', {
              date: formatDateTime(Date.parse(props.device.lastSeenAt)),
            })
          : t('team:devices.neverSeen')}
      </span>
      <Switch>
        <Match when={props.device.revoked}>
          <span class="badge">{t('team:devices.revoked')}</span>
        </Match>
        <Match when={!props.self}>
          <ConfirmAction
            label={t('team:devices.revoke')}
            ariaLabel={t('team:devices.revokeLabel', { name: props.device.name })}
            question={t('team:devices.confirmRevoke', { name: props.device.name })}
            yes={t('team:devices.confirm')}
            no={t('team:devices.cancel')}
            onConfirm={props.onRevoke}
          />
        </Match>
      </Switch>
    </li>
  );
}

/** Owner: the phones of the team, when each was last seen, and revocation (asked twice). */
export function DevicesCard(props: { pairing: Pairing }) {
  const devices = useDevices(
    () => props.pairing.workspace.id,
    () => props.pairing.role === 'owner',
  );
  const revoke = useRevokeDevice(() => props.pairing.workspace.id);
  return (
    <section class="card" aria-labelledby="devices-title">
      <h2 id="devices-title">{t('team:devices.title')}</h2>
      <Switch>
        <Match when={devices.isPending}>
          <p class="hint">{t('team:devices.loading')}</p>
        </Match>
        <Match when={devices.isError}>
          <ErrorMessage
            message={t('team:devices.error', { message: failureText(devices.error) })}
          />
        </Match>
        <Match when={devices.data}>
          {(list) => (
            <ul class="list devices">
              <For each={list()}>
                {(device) => (
                  <Device
                    device={device}
                    self={device.id === props.pairing.deviceId}
                    onRevoke={() => revoke.mutateAsync(device.id).catch(() => undefined)}
                  />
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
      <ErrorMessage
        message={
          revoke.isError
            ? t('team:devices.failed', { message: failureText(revoke.error) })
            : undefined
        }
      />
    </section>
  );
}
