import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { DOE_ITEM_STATUSES, type DoeItemStatus } from '../../domain/doe';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/Field';
import { changeStatus, move } from './itemActions';
import type { AttachmentRecord, DoeItemRecord } from './jobData';
import { itemLabel } from './jobRules';
import { BlobImage } from './Thumb';

/** Thumbnails shown on a card; the item's own screen shows them all. */
const CARD_THUMBS = 6;

/** One DOE item in the job's list: its status at a tap, its photos, a link to the rest. */
export function ItemCard(props: {
  item: DoeItemRecord;
  jobId: string;
  attachments: AttachmentRecord[];
  position: number;
  count: number;
  reordering: boolean;
}) {
  const label = () => itemLabel(props.item, t);
  const photos = () => props.attachments.filter((entry) => entry.kind === 'photo');
  const files = () => props.attachments.length - photos().length;
  const href = () => `/doe/${props.jobId}/items/${props.item.id}`;
  const headingId = () => `item-${props.item.id}`;
  return (
    <li>
      <article class="card item-card" aria-labelledby={headingId()}>
        <h3 id={headingId()}>
          <A href={href()}>{label()}</A>
        </h3>
        <p class="muted">
          {props.item.required ? t('doe:item.required') : t('doe:item.optional')}
          <Show when={photos().length > 0}>
            {' · '}
            {t('doe:item.photos', { count: photos().length })}
          </Show>
          <Show when={files() > 0}>
            {' · '}
            {t('doe:item.files', { count: files() })}
          </Show>
        </p>
        <Show
          when={!props.reordering}
          fallback={
            <div class="actions">
              <Button
                icon
                disabled={props.position <= 0}
                aria-label={t('doe:item.moveUp', { label: label() })}
                onClick={() => void move(props.item.id, props.position - 1)}
              >
                ↑
              </Button>
              <Button
                icon
                disabled={props.position >= props.count - 1}
                aria-label={t('doe:item.moveDown', { label: label() })}
                onClick={() => void move(props.item.id, props.position + 1)}
              >
                ↓
              </Button>
            </div>
          }
        >
          <ChoiceGroup<DoeItemStatus>
            legend={t('doe:item.status')}
            name={`status-${props.item.id}`}
            value={props.item.status}
            options={DOE_ITEM_STATUSES.map((status) => ({
              value: status,
              label: t(`doe:itemStatus.${status}`),
            }))}
            onValue={(status) => void changeStatus(props.item.id, status)}
          />
          <Show when={props.item.note}>
            <p class="item-note">{props.item.note}</p>
          </Show>
          <Show when={photos().length > 0}>
            <A
              class="thumb-strip"
              href={href()}
              aria-label={t('doe:item.openPhotos', { label: label() })}
            >
              <For each={photos().slice(0, CARD_THUMBS)}>
                {(photo) => (
                  <BlobImage
                    id={`${photo.id}-thumb`}
                    blob={photo.thumb ?? photo.blob}
                    alt=""
                    class="thumb"
                    width={64}
                    height={64}
                  />
                )}
              </For>
              <Show when={photos().length > CARD_THUMBS}>
                <span class="thumb more">+{photos().length - CARD_THUMBS}</span>
              </Show>
            </A>
          </Show>
        </Show>
      </article>
    </li>
  );
}
