import { A, useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { DOE_ITEM_STATUSES, type DoeItemStatus } from '../../domain/doe';
import { ChoiceGroup } from '../../ui/Field';
import { AttachButtons } from './AttachButtons';
import { FileList } from './FileList';
import { ItemNote, ItemSettings } from './ItemDetails';
import { changeStatus, removeWithUndo } from './itemActions';
import { createJobData } from './jobData';
import { itemLabel } from './jobRules';
import { PhotoGrid } from './PhotoGrid';
import { PhotoViewer } from './PhotoViewer';
import { td } from './strings';

/**
 * One DOE item: what the document is and who provides it, its status, photos (camera or
 * gallery) and files, a note, its wording, and removal. `?photo=<id>` shows a photo full
 * screen, so the phone's Back button closes it.
 */
export default function ItemScreen() {
  const params = useParams<{ jobId: string; itemId: string }>();
  const [search, setSearch] = useSearchParams<{ photo?: string }>();
  const navigate = useNavigate();
  const data = createJobData(() => params.jobId);
  const item = () => data.value()?.items.find((entry) => entry.id === params.itemId);
  const attachments = () => data.value()?.attachments[params.itemId] ?? [];
  const photos = () => attachments().filter((entry) => entry.kind === 'photo');
  const files = () => attachments().filter((entry) => entry.kind === 'file');
  const jobHref = () => `/doe/${params.jobId}`;
  // Opening a photo adds a history entry (Back closes it); moving between photos replaces it;
  // closing goes back to the entry before it, unless the page was loaded on a photo.
  let opened = false;
  const show = (id: string | null) => {
    if (id === null && opened) {
      opened = false;
      history.back();
    } else if (id === null || search.photo) {
      setSearch({ photo: id ?? undefined }, { replace: true });
    } else {
      opened = true;
      setSearch({ photo: id });
    }
  };

  return (
    <div class="screen doe">
      <A class="text-link" href={jobHref()}>
        {data.value()?.job?.name ?? td('job.backToList')}
      </A>
      <Show
        when={item()}
        fallback={
          <Show when={data.value()} fallback={<p class="loading">{td('loading')}</p>}>
            <h1>{td('item.missingTitle')}</h1>
          </Show>
        }
      >
        {(current) => (
          <>
            <h1>{itemLabel(current(), td)}</h1>
            <p class="muted">{current().required ? td('item.required') : td('item.optional')}</p>
            <Show when={current().checklistItemId}>
              {(checklistId) => (
                <details class="item-help">
                  <summary>{td('item.help')}</summary>
                  <p>{td(`items.${checklistId()}.help`)}</p>
                </details>
              )}
            </Show>
            <ChoiceGroup<DoeItemStatus>
              legend={td('item.status')}
              name="status"
              value={current().status}
              options={DOE_ITEM_STATUSES.map((status) => ({
                value: status,
                label: td(`itemStatus.${status}`),
              }))}
              onValue={(status) => void changeStatus(current().id, status)}
            />

            <section aria-labelledby="photos-title">
              <h2 id="photos-title">{td('item.photosTitle', { count: photos().length })}</h2>
              <Show when={photos().length > 0}>
                <PhotoGrid photos={photos()} onOpen={show} />
              </Show>
              <AttachButtons jobId={params.jobId} itemId={current().id} />
              <Show when={files().length > 0}>
                <h2>{td('item.filesTitle', { count: files().length })}</h2>
                <FileList files={files()} />
              </Show>
            </section>

            <Show when={current().id} keyed>
              <ItemNote item={current()} />
            </Show>

            <details class="card item-settings">
              <summary>{td('item.settings')}</summary>
              <Show when={current().id} keyed>
                <ItemSettings
                  item={current()}
                  checklistLabel={
                    current().checklistItemId ? td(`items.${current().checklistItemId}.label`) : ''
                  }
                />
              </Show>
              <button
                type="button"
                class="button wide"
                onClick={() => {
                  const removed = current();
                  navigate(jobHref());
                  void removeWithUndo(removed, itemLabel(removed, td));
                }}
              >
                {td('item.remove')}
              </button>
            </details>

            <Show when={search.photo}>
              {(photoId) => <PhotoViewer photos={photos()} id={photoId()} onShow={show} />}
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
