import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each test loads a fresh copy of the module: its state (the registered worker) is per page.
async function loadUpdates() {
  vi.resetModules();
  return import('./updates');
}

/** Gives the page a `navigator.serviceWorker` whose `register` does what `register` says. */
function serviceWorkerThat(register: () => Promise<unknown>): void {
  vi.stubGlobal('navigator', {
    ...navigator,
    onLine: true,
    serviceWorker: Object.assign(new EventTarget(), { controller: null, register }),
  });
}

describe('registerServiceWorker without a usable service worker', () => {
  beforeEach(() => {
    // The worker is registered in production builds, or in dev when asked for.
    vi.stubEnv('VITE_DEV_SW', 'true');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('does nothing in a browser without service workers', async () => {
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: undefined });
    const updates = await loadUpdates();
    await expect(updates.registerServiceWorker()).resolves.toBeUndefined();
    expect(updates.updateReady()).toBe(false);
    expect(updates.offlineReady()).toBe(false);
  });

  it('runs silently when the browser answers without a registration (blocked)', async () => {
    serviceWorkerThat(() => Promise.resolve(undefined));
    const errors = vi.spyOn(console, 'error');
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const updates = await loadUpdates();
    await expect(updates.registerServiceWorker()).resolves.toBeUndefined();
    expect(errors).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledOnce();
    expect(updates.updateReady()).toBe(false);
    expect(updates.offlineReady()).toBe(false);
    // Nothing to apply: the update action does nothing rather than throw.
    await expect(updates.applyUpdate()).resolves.toBeUndefined();
  });

  it('runs silently when registering is refused (private mode, policy)', async () => {
    serviceWorkerThat(() =>
      Promise.reject(new DOMException('The operation is insecure.', 'SecurityError')),
    );
    // Workbox's development build logs the refusal itself; the production build does not.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const updates = await loadUpdates();
    await expect(updates.registerServiceWorker()).resolves.toBeUndefined();
    expect(updates.updateReady()).toBe(false);
  });
});
