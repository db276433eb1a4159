import { createSignal, onCleanup, onMount } from 'solid-js';
import { t } from '../../i18n';
import { now } from '../../lib/clock';
import type { ActionResult } from '../../ui/action';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/Feedback';
import { TextField } from '../../ui/Field';
import type { QuoteSignature } from './editorState';

type Pad = import('signature_pad').default;

/** Bytes of a PNG data URL. */
function pngBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * The customer signs with a finger, after reading the terms above (the signature comes last).
 * signature_pad loads only when this card opens.
 */
export function SignatureCard(props: {
  signerName: string;
  /** Stores the signature; a failure is said here and the strokes stay for another try. */
  onSign: (signature: QuoteSignature) => Promise<ActionResult<void>>;
  onCancel: () => void;
}) {
  const [name, setName] = createSignal(props.signerName);
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let canvas!: HTMLCanvasElement;
  let pad: Pad | undefined;

  onMount(() => {
    void import('signature_pad').then(({ default: SignaturePad }) => {
      // Sharp strokes on high-density screens: the canvas is sized in device pixels.
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = canvas.offsetHeight * ratio;
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad = new SignaturePad(canvas, { backgroundColor: 'rgb(255,255,255)', penColor: '#10243e' });
    });
  });
  onCleanup(() => pad?.off());

  const confirm = async () => {
    if (!pad || pad.isEmpty()) return setError(t('quotes:sign.empty'));
    if (name().trim() === '') return setError(t('quotes:sign.nameMissing'));
    setError('');
    setBusy(true);
    const signed = await props.onSign({
      image: { type: 'image/png', bytes: pngBytes(pad.toDataURL('image/png')) },
      signerName: name().trim(),
      signedAt: now(),
    });
    setBusy(false);
    if (!signed.ok) setError(t(signed.message));
  };

  return (
    <section class="card" aria-labelledby="sign-title">
      <h2 id="sign-title">{t('quotes:sign.title')}</h2>
      <p class="hint">{t('quotes:sign.intro')}</p>
      <TextField
        name="signer"
        label={t('quotes:sign.name')}
        value={name()}
        onValue={setName}
        autocomplete="off"
      />
      <canvas ref={canvas} class="signature-pad" role="img" aria-label={t('quotes:sign.area')} />
      <ErrorMessage message={error() || undefined} />
      <div class="actions">
        <Button onClick={() => pad?.clear()}>{t('quotes:sign.clear')}</Button>
        <Button onClick={() => props.onCancel()}>{t('quotes:sign.cancel')}</Button>
        <Button variant="primary" disabled={busy()} onClick={() => void confirm()}>
          {t('quotes:sign.confirm')}
        </Button>
      </div>
    </section>
  );
}
