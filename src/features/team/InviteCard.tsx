import { createResource, Show } from 'solid-js';
import { t } from '../../i18n';
import { formatPairingCode } from '../../protocol/codes';
import { normalizeCode } from '../../sync/pairing';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/Feedback';
import { failureText } from './DevicesCard';
import { formatDateTime } from './format';
import { useNewMemberCode } from './teamState';

/** A code as people read it out (the server may send it grouped already). */
const readable = (code: string) => formatPairingCode(normalizeCode(code) ?? code);

/** The address a member's camera opens: the Team screen with the code filled in. */
function pairingLink(code: string): string {
  return `${location.origin}/team?code=${encodeURIComponent(normalizeCode(code) ?? code)}`;
}

/** The code as a QR code (uqr loads with the first code shown). */
function QrCode(props: { code: string }) {
  const [svg] = createResource(
    () => props.code,
    async (code) => (await import('uqr')).renderSVG(pairingLink(code), { border: 2 }),
  );
  return (
    <Show when={svg()}>
      {/* The SVG is made on the device from the code alone: no outside markup. */}
      <div
        class="qr"
        role="img"
        aria-label={t('team:invite.qr', { code: readable(props.code) })}
        innerHTML={svg()}
      />
    </Show>
  );
}

/** Owner: a new single-use code for a member, as text to read out and as a QR code to scan. */
export function InviteCard() {
  const create = useNewMemberCode();
  return (
    <section class="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('team:invite.title')}</h2>
      <p class="hint">{t('team:invite.text')}</p>
      <Button variant="primary" disabled={create.isPending} onClick={() => create.mutate()}>
        {t('team:invite.create')}
      </Button>
      <Show when={create.data}>
        {(created) => (
          <div class="invite-code">
            <p class="hint">{t('team:invite.code')}</p>
            <p class="code" data-testid="member-code">
              {readable(created().code)}
            </p>
            <p class="hint">
              {t('team:invite.expires', { date: formatDateTime(Date.parse(created().expiresAt)) })}
            </p>
            <QrCode code={created().code} />
          </div>
        )}
      </Show>
      <ErrorMessage
        message={
          create.isError
            ? t('team:invite.failed', { message: failureText(create.error) })
            : undefined
        }
      />
    </section>
  );
}
