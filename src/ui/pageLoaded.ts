import { createSignal } from 'solid-js';

// Whether the page's load event has passed: secondary parts of a screen (cards that read more
// data, with code of their own) wait for it, so the first paint loads only what it shows.
const [loaded, setLoaded] = createSignal(document.readyState === 'complete');
if (!loaded()) window.addEventListener('load', () => setLoaded(true), { once: true });

/** True once the page has loaded (at once for screens opened later). */
export const pageLoaded = loaded;
