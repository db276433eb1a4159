import type { Pairing } from '../../sync/state';
import { ConfirmAction } from './ConfirmAction';
import { formatDateTime, tm } from './strings';
import { unpairThisDevice } from './teamState';

/** The team this phone belongs to, its role and name, and the way out (asked twice). */
export function WorkspaceCard(props: { pairing: Pairing }) {
  return (
    <section class="card" aria-labelledby="workspace-title">
      <h2 id="workspace-title">{tm('workspace.title')}</h2>
      <dl class="facts">
        <div>
          <dt>{tm('workspace.name')}</dt>
          <dd data-testid="workspace-name">{props.pairing.workspace.name}</dd>
        </div>
        <div>
          <dt>{tm('workspace.role')}</dt>
          <dd>{tm(`workspace.roles.${props.pairing.role}`)}</dd>
        </div>
        <div>
          <dt>{tm('workspace.device')}</dt>
          <dd>{props.pairing.deviceName}</dd>
        </div>
        <div>
          <dt>{tm('workspace.pairedAt')}</dt>
          <dd>{formatDateTime(props.pairing.pairedAt)}</dd>
        </div>
      </dl>
      <ConfirmAction
        label={tm('unpair.action')}
        question={tm('unpair.confirm')}
        yes={tm('unpair.yes')}
        no={tm('unpair.cancel')}
        onConfirm={unpairThisDevice}
      />
    </section>
  );
}
