import { createMemo, on, onCleanup, untrack } from 'solid-js';

/**
 * An image shown from a stored Blob. The object URL lives as long as the image: it is revoked
 * when the image leaves the screen, so a long session does not leak memory. A stored photo never
 * changes, so the URL follows `id`, not the Blob object (every reading of IndexedDB hands back a
 * new one): a caption saved does not make the grid load its thumbnails again.
 */
export function BlobImage(props: {
  id: string;
  blob: Blob;
  alt: string;
  class?: string;
  width?: number;
  height?: number;
  lazy?: boolean;
}) {
  const url = createMemo(
    on(
      () => props.id,
      () => {
        const made = URL.createObjectURL(untrack(() => props.blob));
        onCleanup(() => URL.revokeObjectURL(made));
        return made;
      },
    ),
  );
  return (
    <img
      src={url()}
      alt={props.alt}
      class={props.class}
      width={props.width}
      height={props.height}
      loading={props.lazy ? 'lazy' : 'eager'}
      decoding="async"
    />
  );
}
