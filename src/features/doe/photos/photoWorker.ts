import { type PhotoOutcome, resizePhoto } from './resize';

/** A photo to resize, numbered by the page so the answer finds its caller. */
export interface PhotoRequest {
  id: number;
  file: Blob;
}

/** The answer to a PhotoRequest. */
export type PhotoResponse = { id: number } & PhotoOutcome;

// The app's TypeScript project has the DOM library, where `self` is a Window: this is the one
// place that runs as a dedicated worker, so it names the two members it uses.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<PhotoRequest>) => void): void;
  postMessage(message: PhotoResponse): void;
};

// Photos are handled one after the other, never two decoded at once: a phone's memory holds one
// 12-megapixel image comfortably, not several.
let queue: Promise<void> = Promise.resolve();

scope.addEventListener('message', (event) => {
  const { id, file } = event.data;
  queue = queue.then(async () => {
    const outcome = await resizePhoto(file).catch((error: unknown): PhotoOutcome => {
      console.error('Photo worker failed', error);
      return { ok: false, problem: 'failed' };
    });
    scope.postMessage({ id, ...outcome });
  });
});
