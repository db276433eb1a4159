import { A, useParams } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, onMount, Show } from 'solid-js';
import { loadProfile } from '../../db/profile';
import { DoeTimeCard } from './DoeTimeCard';
import {
  downloadPdf,
  type MadePdf,
  makeDoePdf,
  sharePdf,
  unreadableAttachments,
  warmPdf,
} from './exportActions';
import { saveJob } from './jobActions';
import { createJobData } from './jobData';
import { itemLabel, missingRequired } from './jobRules';
import { formatSize, td } from './strings';
import { showToast } from './toast';

/**
 * The handover: what the DOE holds is checked (every photo and file readable), the required
 * documents still missing are listed and must be accepted knowingly, then the PDF is made on
 * the phone, shared or downloaded, and its time saved proposed.
 */
export default function ExportScreen() {
  const params = useParams<{ jobId: string }>();
  const data = createJobData(() => params.jobId);
  const [profile] = createResource(loadProfile);
  const [accepted, setAccepted] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [failed, setFailed] = createSignal(false);
  const [made, setMade] = createSignal<MadePdf | null>(null);
  const items = () => data.value()?.items ?? [];
  const missing = createMemo(() => missingRequired(items()));
  const all = createMemo(() => Object.values(data.value()?.attachments ?? {}).flat());
  const [unreadable] = createResource(all, unreadableAttachments);
  const labelOf = (itemId: string) => {
    const item = items().find((entry) => entry.id === itemId);
    return item ? itemLabel(item, td) : '';
  };
  const ready = () => missing().length === 0 || accepted();
  // The PDF module loads while the artisan reads what is missing.
  onMount(warmPdf);

  const make = async () => {
    setBusy(true);
    setFailed(false);
    setMade(null);
    const pdf = await makeDoePdf(params.jobId);
    setBusy(false);
    if (pdf) setMade(pdf);
    else setFailed(true);
  };
  const share = async (file: File) => {
    if ((await sharePdf(file)) === 'unsupported') downloadPdf(file);
  };
  const handOver = async () => {
    await saveJob(params.jobId, { status: 'handed-over' });
    showToast({ message: () => td('export.handedOver') });
  };

  return (
    <div class="screen doe">
      <A class="text-link" href={`/doe/${params.jobId}`}>
        {td('export.back')}
      </A>
      <h1>{td('export.title')}</h1>
      <p class="hint">{data.value()?.job?.name}</p>
      <p>{td('export.intro')}</p>

      <section class="card" aria-labelledby="check-title">
        <h2 id="check-title">{td('export.missingTitle')}</h2>
        <Show when={missing().length > 0} fallback={<p>{td('export.missingNone')}</p>}>
          <ul>
            <For each={missing()}>{(item) => <li>{itemLabel(item, td)}</li>}</For>
          </ul>
          <label class="check-row">
            <input
              type="checkbox"
              checked={accepted()}
              onChange={(event) => setAccepted(event.currentTarget.checked)}
            />
            <span>
              {td('export.accept')}
              <span class="muted">{td('export.acceptHint')}</span>
            </span>
          </label>
        </Show>
        <p role="status">
          <Show when={!unreadable.loading} fallback={td('export.checking')}>
            <Show
              when={(unreadable() ?? []).length > 0}
              fallback={td('export.checked', { count: all().length })}
            >
              {td('export.unreadableTitle')}
            </Show>
          </Show>
        </p>
        <Show when={(unreadable() ?? []).length > 0}>
          <ul>
            <For each={unreadable()}>
              {(record) => (
                <li>
                  {td('export.unreadableItem', {
                    name: record.name,
                    label: labelOf(record.itemId),
                  })}
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={profile() && profile()?.name.trim() === ''}>
          <p class="hint">
            {td('export.profileMissing')} <A href="/settings#profile">{td('export.profileLink')}</A>
          </p>
        </Show>
      </section>

      <button
        type="button"
        class="button primary wide"
        disabled={!ready() || busy() || !data.value()?.job}
        onClick={() => void make()}
      >
        {busy() ? td('export.creating') : td('export.create')}
      </button>
      <Show when={failed()}>
        <p class="error" role="alert">
          {td('export.failed')}
        </p>
      </Show>

      {/* Announced when it appears: the PDF is ready. */}
      <div aria-live="polite">
        <Show when={made()}>
          {(pdf) => (
            <>
              <section class="card" aria-labelledby="ready-title">
                <h2 id="ready-title">
                  {td('export.ready', { count: pdf().pages, size: formatSize(pdf().file.size) })}
                </h2>
                <div class="actions">
                  <button
                    type="button"
                    class="button primary"
                    onClick={() => void share(pdf().file)}
                  >
                    {td('export.share')}
                  </button>
                  <button type="button" class="button" onClick={() => downloadPdf(pdf().file)}>
                    {td('export.download')}
                  </button>
                </div>
                <Show when={data.value()?.job?.status !== 'handed-over'}>
                  <button type="button" class="button wide" onClick={() => void handOver()}>
                    {td('export.handOver')}
                  </button>
                </Show>
              </section>
              <DoeTimeCard jobId={params.jobId} />
            </>
          )}
        </Show>
      </div>
    </div>
  );
}
