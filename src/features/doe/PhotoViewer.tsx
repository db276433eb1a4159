import { createEffect, onCleanup, onMount, Show } from 'solid-js';
import { DOE_TEXT_MAX } from '../../domain/limits';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { deleteWithUndo, saveCaption } from './attachActions';
import type { AttachmentRecord } from './jobData';
import { BlobImage } from './Thumb';

/**
 * One photo full screen, upright and whole: its caption (saved as typed), the previous and next
 * photos of the item, and delete (with undo). Escape or Fermer closes it.
 */
export function PhotoViewer(props: {
  photos: AttachmentRecord[];
  id: string;
  onShow: (id: string | null) => void;
}) {
  let dialog: HTMLDivElement | undefined;
  const index = () => props.photos.findIndex((photo) => photo.id === props.id);
  const photo = () => props.photos[index()];
  const go = (step: number) => {
    const next = props.photos[index() + step];
    if (next) props.onShow(next.id);
  };
  const close = () => props.onShow(null);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  onMount(() => {
    document.addEventListener('keydown', onKey);
    dialog?.focus();
  });
  onCleanup(() => document.removeEventListener('keydown', onKey));
  // The photo was deleted (here or in another tab): nothing left to show.
  createEffect(() => {
    if (index() < 0) close();
  });

  return (
    <Show when={photo()}>
      {(current) => (
        <div
          class="photo-viewer"
          role="dialog"
          aria-modal="true"
          aria-label={t('doe:photo.viewer', { index: index() + 1, count: props.photos.length })}
          tabindex="-1"
          ref={dialog}
        >
          <div class="photo-frame">
            <BlobImage
              id={current().id}
              blob={current().blob}
              alt={current().caption || t('doe:photo.noCaption')}
              class="photo-full"
              width={current().width}
              height={current().height}
            />
          </div>
          <div class="photo-tools">
            <TextField
              name="caption"
              label={t('doe:photo.caption')}
              value={current().caption}
              maxlength={DOE_TEXT_MAX}
              onValue={(value) => void saveCaption(current().id, value)}
              autocomplete="off"
            />
            <div class="actions">
              <Button disabled={index() <= 0} onClick={() => go(-1)}>
                {t('doe:photo.previous')}
              </Button>
              <Button disabled={index() >= props.photos.length - 1} onClick={() => go(1)}>
                {t('doe:photo.next')}
              </Button>
              <Button
                onClick={() => {
                  const deleted = current();
                  close();
                  void deleteWithUndo(deleted);
                }}
              >
                {t('doe:photo.delete')}
              </Button>
              <Button variant="primary" onClick={close}>
                {t('doe:photo.close')}
              </Button>
            </div>
          </div>
        </div>
      )}
    </Show>
  );
}
