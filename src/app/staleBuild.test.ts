import { describe, expect, it } from 'vitest';
import { createStaleBuildRecovery, isMissingFileError } from './staleBuild';

/** A missing lazy file, as Chromium reports it. */
const missing = () =>
  new TypeError('Failed to fetch dynamically imported module: /assets/SettingsScreen-old.js');

/** Lets pending promise callbacks run. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A recovery over an in-memory session, an address bar and a flush the test controls. */
function setUp(options: { build?: string; session?: Map<string, string>; at?: string } = {}) {
  const session = options.session ?? new Map<string, string>();
  const visits: string[] = [];
  let address = options.at ?? '/';
  let finishFlush: () => void = () => undefined;
  let flushes = 0;
  const recovery = createStaleBuildRecovery({
    build: options.build ?? 'core-aaa.js',
    storage: () => ({
      getItem: (key) => session.get(key) ?? null,
      setItem: (key, value) => void session.set(key, value),
      removeItem: (key) => void session.delete(key),
    }),
    flush: () => {
      flushes += 1;
      return new Promise<void>((resolve) => {
        finishFlush = resolve;
      });
    },
    here: () => address,
    go: (to) => visits.push(to),
  });
  return {
    recovery,
    session,
    visits,
    flushes: () => flushes,
    finishFlush: () => finishFlush(),
    moveTo: (to: string) => {
      address = to;
    },
  };
}

describe('isMissingFileError', () => {
  it("recognises each engine's message for a lazy file that could not be fetched", () => {
    expect(isMissingFileError(missing())).toBe(true);
    expect(isMissingFileError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(
      isMissingFileError(new TypeError('error loading dynamically imported module: /a.js')),
    ).toBe(true);
    expect(isMissingFileError(new Error('Unable to preload CSS for /assets/a.css'))).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(
      isMissingFileError(new TypeError("Cannot read properties of undefined (reading 'x')")),
    ).toBe(false);
    expect(isMissingFileError(new DOMException('Quota exceeded', 'QuotaExceededError'))).toBe(
      false,
    );
  });
});

describe('createStaleBuildRecovery', () => {
  it('reloads into the destination of the navigation, after pending saves', async () => {
    const { recovery, visits, flushes, finishFlush } = setUp();
    expect(recovery.leaving('/settings')).toBe(false);
    expect(recovery.screenFailed(missing())).toBe(true);
    await tick();
    expect(flushes()).toBe(1);
    expect(visits).toEqual([]);
    finishFlush();
    await tick();
    expect(visits).toEqual(['/settings']);
  });

  it('reloads only once per build: a second failure is shown', async () => {
    const session = new Map<string, string>();
    const first = setUp({ session });
    first.recovery.leaving('/settings');
    first.recovery.screenFailed(missing());
    first.finishFlush();
    await tick();
    // The reload landed on the same build: the file is really unreachable.
    const again = setUp({ session, at: '/settings' });
    expect(again.recovery.screenFailed(missing())).toBe(false);
    expect(again.recovery.moduleFailed(missing())).toBe(false);
    expect(again.flushes()).toBe(0);
    // A newer build may reload once more.
    const newer = setUp({ session, build: 'core-bbb.js', at: '/settings' });
    expect(newer.recovery.moduleFailed(missing())).toBe(true);
  });

  it('may reload again once a screen has loaded since', async () => {
    const session = new Map<string, string>([['etabli:reloaded-for-missing-file', 'core-aaa.js']]);
    const { recovery } = setUp({ session });
    recovery.loaded();
    recovery.leaving('/time');
    expect(recovery.screenFailed(missing())).toBe(true);
  });

  it('waits for the tap when a preloaded screen fails, then reloads into its destination', async () => {
    const { recovery, visits, finishFlush } = setUp();
    // The router preloads the screen of a touched link: no navigation yet.
    expect(recovery.screenFailed(missing())).toBe(true);
    finishFlush();
    await tick();
    expect(visits).toEqual([]);
    expect(recovery.leaving('/settings')).toBe(true);
    finishFlush();
    await tick();
    expect(visits).toEqual(['/settings']);
  });

  it('lands on the latest destination when the user taps again during the flush', async () => {
    const { recovery, visits, finishFlush } = setUp();
    recovery.leaving('/settings');
    recovery.screenFailed(missing());
    expect(recovery.leaving('/time')).toBe(true);
    finishFlush();
    await tick();
    expect(visits).toEqual(['/time']);
  });

  it('after a history step, reloads the address it shows', async () => {
    const { recovery, visits, finishFlush, moveTo } = setUp({ at: '/time' });
    moveTo('/settings');
    expect(recovery.leaving(-1)).toBe(false);
    expect(recovery.screenFailed(missing())).toBe(true);
    finishFlush();
    await tick();
    expect(visits).toEqual(['/settings']);
  });

  it("reloads the current screen when one of its modules is missing, not for a screen's error", async () => {
    const screen = setUp({ at: '/compose/x' });
    const shared = missing();
    screen.recovery.leaving('/templates');
    screen.recovery.screenFailed(shared);
    expect(screen.recovery.moduleFailed(shared)).toBe(true);
    screen.finishFlush();
    await tick();
    expect(screen.visits).toEqual(['/templates']);

    const module = setUp({ at: '/compose/x' });
    module.recovery.leaving('/compose/x');
    module.recovery.arrived();
    expect(module.recovery.moduleFailed(missing())).toBe(true);
    module.finishFlush();
    await tick();
    expect(module.visits).toEqual(['/compose/x']);
  });

  it('reloads even when a pending save failed (it was reported where it started)', async () => {
    const session = new Map<string, string>();
    const visits: string[] = [];
    const recovery = createStaleBuildRecovery({
      build: 'core-aaa.js',
      storage: () => ({
        getItem: (key) => session.get(key) ?? null,
        setItem: (key, value) => void session.set(key, value),
        removeItem: (key) => void session.delete(key),
      }),
      flush: () => Promise.reject(new Error('disk full')),
      here: () => '/',
      go: (to) => visits.push(to),
    });
    recovery.moduleFailed(missing());
    await tick();
    expect(visits).toEqual(['/']);
  });

  it('never reloads for other errors, nor without session storage to guard against loops', () => {
    const { recovery, flushes } = setUp();
    expect(recovery.screenFailed(new TypeError('x is undefined'))).toBe(false);
    expect(recovery.moduleFailed(new Error('Network down'))).toBe(false);
    expect(flushes()).toBe(0);

    const blind = createStaleBuildRecovery({
      build: 'core-aaa.js',
      storage: () => undefined,
      flush: () => Promise.resolve(),
      here: () => '/',
      go: () => {
        throw new Error('must not reload');
      },
    });
    expect(blind.moduleFailed(missing())).toBe(false);
    expect(blind.screenFailed(missing())).toBe(false);
  });
});
