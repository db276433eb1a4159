import { createSignal } from 'solid-js';

/** The `beforeinstallprompt` event, which TypeScript's DOM lib does not declare. */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const [deferred, setDeferred] = createSignal<InstallPromptEvent | null>(null);
const [installed, setInstalled] = createSignal(false);

/** Whether the app runs from the home screen (installed). */
export function isStandalone(): boolean {
  return (
    globalThis.matchMedia?.('(display-mode: standalone)').matches === true ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

/** iOS Safari offers no install prompt: the user adds the app from the Share menu. */
export function needsIosInstructions(): boolean {
  const ua = navigator.userAgent;
  const iOS =
    /iPhone|iPad|iPod/.test(ua) || (ua.includes('Macintosh') && navigator.maxTouchPoints > 1);
  return iOS && !isStandalone();
}

/** Starts listening for the browser's install offer. */
export function watchInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    setDeferred(event as InstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => {
    setDeferred(null);
    setInstalled(true);
  });
}

/** Whether an install button can be shown now. */
export function canInstall(): boolean {
  return deferred() !== null && !installed();
}

/** Shows the browser's install dialog; resolves with whether the user accepted. */
export async function promptInstall(): Promise<boolean> {
  const event = deferred();
  if (!event) return false;
  setDeferred(null);
  await event.prompt();
  const { outcome } = await event.userChoice;
  return outcome === 'accepted';
}
