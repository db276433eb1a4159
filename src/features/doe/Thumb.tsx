import { createMemo, onCleanup } from 'solid-js';

/**
 * An image shown from a stored Blob. The object URL lives as long as the image: it is revoked
 * when the Blob changes or the image leaves the screen, so a long session does not leak memory.
 */
export function BlobImage(props: {
  blob: Blob;
  alt: string;
  class?: string;
  width?: number;
  height?: number;
  lazy?: boolean;
}) {
  const url = createMemo(() => {
    const made = URL.createObjectURL(props.blob);
    onCleanup(() => URL.revokeObjectURL(made));
    return made;
  });
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
