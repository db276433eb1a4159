import { createSignal, lazy, Show } from 'solid-js';
import { t } from '../../i18n';
import type { PairError } from '../../sync/pairing';
import { Button } from '../../ui/Button';
import { CodeField, DeviceNameField } from './PairingFields';
import { deviceKind, pairErrorKey } from './teamRules';
import { pairThisDevice } from './teamState';

// The camera scanner loads only when asked for, and only where the browser can read QR codes.
const QrScanner = lazy(() => import('./QrScanner'));
const canScan = () => typeof globalThis.BarcodeDetector === 'function';

/** Pairs this phone with a code typed, scanned, or given in the address (`/team?code=…`). */
export function PairForm(props: { deviceName?: string }) {
  // Read once: a member's camera opened the link of the owner's QR code.
  const linked = new URLSearchParams(location.search).get('code');
  const [code, setCode] = createSignal(linked ?? '');
  const [name, setName] = createSignal(
    props.deviceName ?? t(`team:pair.defaultName.${deviceKind(navigator.userAgent)}`),
  );
  const [error, setError] = createSignal<PairError | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [scanning, setScanning] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(await pairThisDevice(code(), name()));
    setBusy(false);
  };
  const fieldError = (field: 'code' | 'name') => {
    const current = error();
    if (!current) return undefined;
    const forName = current.kind === 'nameMissing' || current.kind === 'nameCharacters';
    return forName === (field === 'name') ? t(pairErrorKey(current)) : undefined;
  };

  return (
    <section class="card" aria-labelledby="pair-title">
      <h2 id="pair-title">{t('team:pair.title')}</h2>
      <form class="pair-form" novalidate onSubmit={(event) => void submit(event)}>
        <CodeField
          name="pairing-code"
          label={t('team:pair.code')}
          hint={t('team:pair.codeHint')}
          error={fieldError('code')}
          value={code()}
          onValue={setCode}
        />
        <Show when={canScan()}>
          <Show
            when={scanning()}
            fallback={<Button onClick={() => setScanning(true)}>{t('team:pair.scan')}</Button>}
          >
            <QrScanner
              onCode={(value) => {
                setCode(value);
                setScanning(false);
              }}
              onClose={() => setScanning(false)}
            />
          </Show>
        </Show>
        <DeviceNameField
          name="device-name"
          error={fieldError('name')}
          value={name()}
          onValue={setName}
        />
        <Button type="submit" variant="primary" wide disabled={busy()}>
          {busy() ? t('team:pair.pairing') : t('team:pair.submit')}
        </Button>
      </form>
    </section>
  );
}
