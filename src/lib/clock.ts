/** The one source of "now" for the app, so tests can move time. */
let current: () => number = () => Date.now();

/** Milliseconds since the epoch, from the installed clock. */
export function now(): number {
  return current();
}

/** Replaces the clock (tests only); returns a function that restores the previous one. */
export function setClock(clock: () => number): () => void {
  const previous = current;
  current = clock;
  return () => {
    current = previous;
  };
}
