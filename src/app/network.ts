import { createSignal } from 'solid-js';

// navigator.onLine is only a hint (a captive portal says "online"); it drives the indicator,
// never a decision to skip a request.
const [online, setOnline] = createSignal(globalThis.navigator?.onLine ?? true);
globalThis.addEventListener?.('online', () => setOnline(true));
globalThis.addEventListener?.('offline', () => setOnline(false));

/** Whether the browser believes it has a network, as a signal. */
export { online };
