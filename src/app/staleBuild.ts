import { useBeforeLeave, useLocation } from '@solidjs/router';
import { createEffect, on } from 'solid-js';
import { flushPendingSaves } from '../db/pendingSaves';
import { isLanguageDownloadError } from '../i18n';

// When another tab applies an update, the new service worker takes control of this tab too, and
// its precache no longer holds the files of the version this tab still runs: opening a screen
// not loaded yet fails. The cure is to reload into the new version, once, after pending saves:
// a second failure on the same build is not staleness (the file really cannot be fetched), and
// reloading again would loop.

/** Session key holding the build that already reloaded for a missing file. */
const RELOADED_FOR = 'etabli:reloaded-for-missing-file';

/** What the recovery touches, injectable for tests. */
export interface StaleBuildSeams {
  /** This build's identity (file names carry a content hash, so any change renames it). */
  build: string;
  /** Where the one-reload flag lives; undefined when session storage is unavailable. */
  storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  flush: () => Promise<void>;
  /** The current address: path and query. */
  here: () => string;
  /** Loads an address (path and query) from scratch. */
  go: (address: string) => void;
}

/** Whether an error says a file of the app could not be fetched (messages of each engine). */
export function isMissingFileError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(
    message,
  );
}

/** What the shell tells the recovery; each answer says whether a reload takes over. */
export interface StaleBuildRecovery {
  /** A lazy screen failed to load; true while a reload (now or at the next navigation) handles it. */
  screenFailed(error: unknown): boolean;
  /** Any other lazy module failed (phrase bank, chart): reloads the address being shown. */
  moduleFailed(error: unknown): boolean;
  /** The router is about to go to `to` (a path, or a history step); true: it must not. */
  leaving(to: string | number): boolean;
  /** The router arrived where it was going. */
  arrived(): void;
  /** A lazy screen loaded: a later missing file may reload again. */
  loaded(): void;
}

/** A recovery bound to its seams (the app uses `staleBuild` below). */
export function createStaleBuildRecovery(seams: StaleBuildSeams): StaleBuildRecovery {
  /** The path the latest navigation goes to, until it arrives. */
  let destination: string | undefined;
  /** The latest navigation is a history step: the address already shows where it goes. */
  let historyStep = false;
  /** A screen's file is missing but nothing needs it yet: the next navigation reloads. */
  let stale = false;
  let reloading = false;
  /** Errors already handled as a screen's, so `moduleFailed` leaves them alone. */
  const claimed = new WeakSet<object>();

  const canReload = () => {
    const flag = seams.storage();
    // Without the flag nothing guards against a loop: never reload then.
    return flag !== undefined && flag.getItem(RELOADED_FOR) !== seams.build;
  };
  const underWay = () => historyStep || (destination !== undefined && destination !== seams.here());
  const reload = () => {
    seams.storage()?.setItem(RELOADED_FOR, seams.build);
    reloading = true;
    // A failed save was already reported where it started; this version cannot go on anyway.
    // The address is read last, so a tap during the flush still lands where it asked.
    void seams
      .flush()
      .catch(() => undefined)
      .then(() => seams.go(historyStep ? seams.here() : (destination ?? seams.here())));
  };

  return {
    screenFailed(error) {
      if (typeof error === 'object' && error !== null) claimed.add(error);
      if (reloading) return true;
      if (!isMissingFileError(error) || !canReload()) return false;
      // Without a navigation under way, the router was preloading the screen of a link touched
      // or hovered: the tap that follows reloads into its destination.
      if (underWay()) reload();
      else stale = true;
      return true;
    },
    moduleFailed(error) {
      if (typeof error === 'object' && error !== null && claimed.has(error)) return true;
      // A language not downloaded yet, offline: said where it was chosen; a reload cannot help.
      if (isLanguageDownloadError(error)) return false;
      if (reloading) return true;
      if (!isMissingFileError(error) || !canReload()) return false;
      reload();
      return true;
    },
    leaving(to) {
      if (typeof to === 'number') {
        // Back or forward: the address already changed. Blocking would step back again; let the
        // screen load, and if its file is missing, `screenFailed` reloads the new address.
        historyStep = true;
        destination = undefined;
        return false;
      }
      historyStep = false;
      destination = to;
      if (reloading) return true;
      if (!stale) return false;
      reload();
      return true;
    },
    arrived() {
      destination = undefined;
      historyStep = false;
    },
    loaded() {
      seams.storage()?.removeItem(RELOADED_FOR);
    },
  };
}

/** Session storage, or undefined where reading it throws (some private modes). */
function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The app's recovery: this build's own file name, session storage, pending saves, reload. */
export const staleBuild: StaleBuildRecovery = createStaleBuildRecovery({
  build: import.meta.url,
  storage: sessionStore,
  flush: flushPendingSaves,
  here: () => window.location.pathname + window.location.search,
  go: (address) => {
    if (address === window.location.pathname + window.location.search) window.location.reload();
    else window.location.assign(address);
  },
});

/** Event Vite's loader dispatches on window when a lazily loaded file fails. */
interface PreloadErrorEvent extends Event {
  payload: unknown;
}

/**
 * Recovers from every failed lazy load, screens' own modules included (phrase banks, charts).
 * Vite's loader reports each failure here before its caller sees it; the decision waits for the
 * caller's turn, so a screen's failure is handled as a screen's (see `recoverable`).
 */
export function watchStaleBuild(): void {
  window.addEventListener('vite:preloadError', (event) => {
    const { payload } = event as PreloadErrorEvent;
    setTimeout(() => staleBuild.moduleFailed(payload), 0);
  });
}

/** Tells the recovery where the router goes; called once inside the router (the layout). */
export function followNavigation(): void {
  useBeforeLeave((event) => {
    if (staleBuild.leaving(event.to)) event.preventDefault();
  });
  const location = useLocation();
  createEffect(
    on(
      () => location.pathname + location.search,
      () => staleBuild.arrived(),
      { defer: true },
    ),
  );
}

/** Wraps a lazy screen's loader: a missing file reloads into the new version instead of failing. */
export function recoverable<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    load().then(
      (module) => {
        staleBuild.loaded();
        return module;
      },
      (error: unknown) =>
        // While a reload takes over, the screen keeps showing that it is loading.
        staleBuild.screenFailed(error) ? new Promise<T>(() => undefined) : Promise.reject(error),
    );
}
