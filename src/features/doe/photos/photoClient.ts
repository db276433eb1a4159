import type { PhotoRequest, PhotoResponse } from './photoWorker';
import type { PhotoOutcome } from './resize';

// The page's side of the photo worker: started on the first photo, stopped after a minute
// without work so its memory goes back to the phone. If the worker dies (out of memory), the
// photos it held fail with a clear problem and the next photo starts a fresh worker.

const IDLE_MS = 60_000;

let worker: Worker | undefined;
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
const waiting = new Map<number, (outcome: PhotoOutcome) => void>();

function settleAll(outcome: PhotoOutcome): void {
  for (const resolve of waiting.values()) resolve(outcome);
  waiting.clear();
}

function stop(): void {
  worker?.terminate();
  worker = undefined;
}

function start(): Worker {
  const started = new Worker(new URL('./photoWorker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<PhotoResponse>) => {
    const { id, ...outcome } = event.data;
    waiting.get(id)?.(outcome);
    waiting.delete(id);
    if (waiting.size === 0) idleTimer = setTimeout(stop, IDLE_MS);
  });
  started.addEventListener('error', (event) => {
    console.error('Photo worker stopped', event.message);
    stop();
    settleAll({ ok: false, problem: 'failed' });
  });
  return started;
}

/** Resizes a photo in the worker: JPEG of at most PHOTO_LONG_SIDE px, upright, and a thumbnail. */
export function resizeInWorker(file: Blob): Promise<PhotoOutcome> {
  clearTimeout(idleTimer);
  worker ??= start();
  const id = nextId++;
  const request: PhotoRequest = { id, file };
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker?.postMessage(request);
  });
}
