// This device's quote settings as their screen uses them: read once for the form, saved as typed,
// and the logo read live. Every write returns a result (ui/action.ts).
import { createSignal } from 'solid-js';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import { loadLogo, saveLogo } from '../../db/profile';
import {
  DEFAULT_QUOTE_SETTINGS,
  loadQuoteSettings,
  type QuoteSettings,
  saveQuoteSettings,
} from '../../db/quoteSettings';
import type { StoredImage } from '../../db/schema';
import { type ActionResult, runAction } from '../../ui/action';

export type { QuoteSettings, StoredImage };

/** The largest logo kept, in bytes: it is embedded in every PDF. */
export const LOGO_MAX_BYTES = 512 * 1024;

/**
 * The settings form's state: `settings` once read (`loaded` says when the read failed, with
 * Retry), and `save`, which shows the change at once and writes it.
 */
export function createQuoteSetup() {
  const [settings, setSettings] = createSignal<QuoteSettings>(DEFAULT_QUOTE_SETTINGS);
  const [ready, setReady] = createSignal(false);
  const [error, setError] = createSignal<unknown>(undefined);
  const load = () => {
    setError(undefined);
    loadQuoteSettings().then(
      (loaded) => {
        setSettings(loaded);
        setReady(true);
      },
      (failure: unknown) => setError(() => failure ?? new Error('The read failed')),
    );
  };
  load();
  return {
    settings,
    ready,
    loaded: { error, retry: load },
    /** Applies a change and saves the settings. */
    save(patch: Partial<QuoteSettings>): Promise<ActionResult<void>> {
      const next = { ...settings(), ...patch };
      setSettings(next);
      return runAction(() => saveQuoteSettings(next));
    },
  };
}

/** The company's logo, live; null when there is none. */
export function createLogo(): LiveQuery<StoredImage | null> {
  return createLiveQuery(async () => (await loadLogo()) ?? null);
}

/** Keeps a PNG or JPEG file as the logo; 'quotes:setup.logoError' for any other file. */
export async function pickLogo(file: File): Promise<ActionResult<void>> {
  if (!['image/png', 'image/jpeg'].includes(file.type) || file.size > LOGO_MAX_BYTES)
    return { ok: false, message: 'quotes:setup.logoError' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return runAction(() => saveLogo({ type: file.type as StoredImage['type'], bytes }));
}

/** Removes the logo. */
export function removeLogo(): Promise<ActionResult<void>> {
  return runAction(() => saveLogo(null));
}
