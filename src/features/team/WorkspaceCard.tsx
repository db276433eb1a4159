import { t } from '../../i18n';
import type { Pairing } from '../../sync/state';
import { ConfirmAction } from './ConfirmAction';
import { formatDateTime } from './format';
import { unpairThisDevice } from './teamState';

/** The team this phone belongs to, its role and name, and the way out (asked twice). */
export function WorkspaceCard(props: { pairing: Pairing }) {
  return (
    <section class="card" aria-labelledby="workspace-title">
      <h2 id="workspace-title">{t('team:workspace.title')}</h2>
      <dl class="facts">
        <div>
          <dt>{t('team:workspace.name')}</dt>
          <dd data-testid="workspace-name">{props.pairing.workspace.name}</dd>
        </div>
        <div>
          <dt>{t('team:workspace.role')}</dt>
          <dd>{t(`team:workspace.roles.${props.pairing.role}`)}</dd>
        </div>
        <div>
          <dt>{t('team:workspace.device')}</dt>
          <dd>{props.pairing.deviceName}</dd>
        </div>
        <div>
          <dt>{t('team:workspace.pairedAt')}</dt>
          <dd>{formatDateTime(props.pairing.pairedAt)}</dd>
        </div>
      </dl>
      <ConfirmAction
        label={t('team:unpair.action')}
        question={t('team:unpair.confirm')}
        yes={t('team:unpair.yes')}
        no={t('team:unpair.cancel')}
        onConfirm={unpairThisDevice}
      />
    </section>
  );
}
