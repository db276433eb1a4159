import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../../i18n';
import { normalizeCode } from '../../sync/pairing';
import { Button } from '../../ui/Button';

/** The parts of the Barcode Detection API used here (not yet in TypeScript's DOM types). */
interface Detector {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
declare global {
  var BarcodeDetector: (new (options: { formats: string[] }) => Detector) | undefined;
}

const SCAN_EVERY_MS = 250;

/** Reads a pairing code from the back camera; stops the camera as soon as a code is read. */
export default function QrScanner(props: { onCode: (code: string) => void; onClose: () => void }) {
  const [failed, setFailed] = createSignal(false);
  let video: HTMLVideoElement | undefined;
  let stream: MediaStream | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
  };
  onCleanup(stop);

  onMount(async () => {
    const Detector = globalThis.BarcodeDetector;
    try {
      if (!Detector || !video) throw new Error('No detector');
      const detector = new Detector({ formats: ['qr_code'] });
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
      if (stopped) return stop();
      video.srcObject = stream;
      await video.play();
      const scan = async () => {
        if (stopped || !video) return;
        const found = await detector.detect(video).catch(() => []);
        const code = found.map((item) => normalizeCode(item.rawValue)).find(Boolean);
        if (code) {
          stop();
          props.onCode(code);
          return;
        }
        timer = setTimeout(() => void scan(), SCAN_EVERY_MS);
      };
      void scan();
    } catch {
      stop();
      setFailed(true);
    }
  });

  return (
    <section class="scanner" aria-label={t('team:scanner.title')}>
      <Show when={!failed()} fallback={<p class="error">{t('team:scanner.denied')}</p>}>
        <p class="hint">{t('team:scanner.hint')}</p>
        <video ref={video} class="scanner-video" muted playsinline />
      </Show>
      <Button onClick={props.onClose}>{t('team:scanner.close')}</Button>
    </section>
  );
}
