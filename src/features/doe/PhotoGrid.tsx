import { For } from 'solid-js';
import { t } from '../../i18n';
import type { AttachmentRecord } from './jobData';
import { BlobImage } from './Thumb';

/** The photos of an item as a grid of thumbnails; a tap opens one full screen. */
export function PhotoGrid(props: { photos: AttachmentRecord[]; onOpen: (id: string) => void }) {
  return (
    <ul class="photo-grid" aria-label={t('doe:photo.grid')}>
      <For each={props.photos}>
        {(photo, index) => (
          <li>
            <button
              type="button"
              class="photo-cell"
              aria-label={t('doe:photo.open', {
                index: index() + 1,
                caption: photo.caption || t('doe:photo.noCaption'),
              })}
              onClick={() => props.onOpen(photo.id)}
            >
              <BlobImage
                id={`${photo.id}-thumb`}
                blob={photo.thumb ?? photo.blob}
                alt=""
                class="photo-thumb"
                width={110}
                height={110}
                lazy={index() >= 12}
              />
            </button>
          </li>
        )}
      </For>
    </ul>
  );
}
