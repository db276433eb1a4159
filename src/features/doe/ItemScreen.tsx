import { A, useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { DOE_ITEM_STATUSES, type DoeItemStatus } from '../../domain/doe';
import { Button } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import { ChoiceGroup } from '../../ui/Field';
import { AttachButtons } from './AttachButtons';
import { FileList } from './FileList';
import { ItemNote, ItemSettings } from './ItemDetails';
import { changeStatus, removeWithUndo } from './itemActions';
import { createJobData } from './jobData';
import { itemLabel } from './jobRules';
import { PhotoGrid } from './PhotoGrid';
import { PhotoViewer } from './PhotoViewer';
import './doe.css';
import { t } from '../../i18n';
import { useDocumentTitle } from '../../ui/title';

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
  useDocumentTitle(() => {
    if (!data.value()) return '';
    const current = item();
    return current ? itemLabel(current, t) : t('doe:item.missingTitle');
  });
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
        {data.value()?.job?.name ?? t('doe:job.backToList')}
      </A>
      <Loaded query={data}>
        {() => (
          <Show when={item()} fallback={<h1>{t('doe:item.missingTitle')}</h1>}>
            {(current) => (
              <>
                <h1>{itemLabel(current(), t)}</h1>
                <p class="muted">
                  {current().required ? t('doe:item.required') : t('doe:item.optional')}
                </p>
                <Show when={current().checklistItemId}>
                  {(checklistId) => (
                    <details class="item-help">
                      <summary>{t('doe:item.help')}</summary>
                      <p>{t(`doe:items.${checklistId()}.help`)}</p>
                    </details>
                  )}
                </Show>
                <ChoiceGroup<DoeItemStatus>
                  legend={t('doe:item.status')}
                  name="status"
                  value={current().status}
                  options={DOE_ITEM_STATUSES.map((status) => ({
                    value: status,
                    label: t(`doe:itemStatus.${status}`),
                  }))}
                  onValue={(status) => void changeStatus(current().id, status)}
                />

                <section aria-labelledby="photos-title">
                  <h2 id="photos-title">{t('doe:item.photosTitle', { count: photos().length })}</h2>
                  <Show when={photos().length > 0}>
                    <PhotoGrid photos={photos()} onOpen={show} />
                  </Show>
                  <AttachButtons jobId={params.jobId} itemId={current().id} />
                  <Show when={files().length > 0}>
                    <h2>{t('doe:item.filesTitle', { count: files().length })}</h2>
                    <FileList files={files()} />
                  </Show>
                </section>

                <Show when={current().id} keyed>
                  <ItemNote item={current()} />
                </Show>

                <details class="card item-settings">
                  <summary>{t('doe:item.settings')}</summary>
                  <Show when={current().id} keyed>
                    <ItemSettings
                      item={current()}
                      checklistLabel={
                        current().checklistItemId
                          ? t(`doe:items.${current().checklistItemId}.label`)
                          : ''
                      }
                    />
                  </Show>
                  <Button
                    wide
                    onClick={async () => {
                      const removed = current();
                      // The undo is offered on the job's screen, where this one goes.
                      if (await removeWithUndo(removed, itemLabel(removed, t))) {
                        navigate(jobHref());
                      }
                    }}
                  >
                    {t('doe:item.remove')}
                  </Button>
                </details>

                <Show when={search.photo}>
                  {(photoId) => <PhotoViewer photos={photos()} id={photoId()} onShow={show} />}
                </Show>
              </>
            )}
          </Show>
        )}
      </Loaded>
    </div>
  );
}
