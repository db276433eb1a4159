import { A, useParams } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, onMount, Show } from 'solid-js';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import { ErrorMessage, Loaded } from '../../ui/Feedback';
import { TimeSavedCard } from '../../ui/TimeSavedCard';
import {
  createCompanyNamed,
  createDoeTimeEntry,
  DOE_BASELINE_MINUTES,
  downloadPdf,
  logDoeMinutes,
  type MadePdf,
  makeDoePdf,
  sharePdf,
  unreadableAttachments,
  warmPdf,
} from './exportActions';
import { formatSize } from './format';
import { markHandedOver } from './jobActions';
import { createJobData } from './jobData';
import { itemLabel, missingRequired } from './jobRules';
import './doe.css';
import { useDocumentTitle } from '../../ui/title';

/** The PDF once made: its size, share or download, and marking the DOE as handed over. */
function MadeCard(props: { pdf: MadePdf; jobId: string; handedOver: boolean }) {
  const share = async (file: File) => {
    if ((await sharePdf(file)) === 'unsupported') downloadPdf(file);
  };
  return (
    <section class="card" aria-labelledby="ready-title">
      <h2 id="ready-title">
        {t('doe:export.ready', { count: props.pdf.pages, size: formatSize(props.pdf.file.size) })}
      </h2>
      <div class="actions">
        <Button variant="primary" onClick={() => void share(props.pdf.file)}>
          {t('doe:export.share')}
        </Button>
        <Button onClick={() => downloadPdf(props.pdf.file)}>{t('doe:export.download')}</Button>
      </div>
      <Show when={!props.handedOver}>
        <Button wide onClick={() => void markHandedOver(props.jobId)}>
          {t('doe:export.handOver')}
        </Button>
      </Show>
    </section>
  );
}

/**
 * The handover: what the DOE holds is checked (every photo and file readable), the required
 * documents still missing are listed and must be accepted knowingly, then the PDF is made on
 * the phone, shared or downloaded, and its time saved proposed.
 */
export default function ExportScreen() {
  useDocumentTitle(() => t('doe:export.title'));
  const params = useParams<{ jobId: string }>();
  const data = createJobData(() => params.jobId);
  const named = createCompanyNamed();
  // Time saved is logged once per job (the card shows it once the PDF is made).
  const timeEntry = createDoeTimeEntry(() => params.jobId);
  const [accepted, setAccepted] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();
  const [made, setMade] = createSignal<MadePdf | null>(null);
  const items = () => data.value()?.items ?? [];
  const missing = createMemo(() => missingRequired(items()));
  const all = createMemo(() => Object.values(data.value()?.attachments ?? {}).flat());
  const [unreadable] = createResource(all, unreadableAttachments);
  const labelOf = (itemId: string) => {
    const item = items().find((entry) => entry.id === itemId);
    return item ? itemLabel(item, t) : '';
  };
  const ready = () => missing().length === 0 || accepted();
  // The PDF module loads while the artisan reads what is missing.
  onMount(warmPdf);

  const make = async () => {
    setBusy(true);
    setFailure(undefined);
    setMade(null);
    const result = await makeDoePdf(params.jobId);
    setBusy(false);
    if (result.ok) setMade(result.value);
    else setFailure(result.message);
  };

  return (
    <div class="screen doe">
      <A class="text-link" href={`/doe/${params.jobId}`}>
        {t('doe:export.back')}
      </A>
      <h1>{t('doe:export.title')}</h1>
      <Loaded query={data}>
        {(view) => (
          <>
            <p class="hint">{view().job?.name}</p>
            <p>{t('doe:export.intro')}</p>

            <section class="card" aria-labelledby="check-title">
              <h2 id="check-title">{t('doe:export.missingTitle')}</h2>
              <Show when={missing().length > 0} fallback={<p>{t('doe:export.missingNone')}</p>}>
                <ul>
                  <For each={missing()}>{(item) => <li>{itemLabel(item, t)}</li>}</For>
                </ul>
                <label class="check-row">
                  <input
                    type="checkbox"
                    checked={accepted()}
                    onChange={(event) => setAccepted(event.currentTarget.checked)}
                  />
                  <span>
                    {t('doe:export.accept')}
                    <span class="muted">{t('doe:export.acceptHint')}</span>
                  </span>
                </label>
              </Show>
              <p role="status">
                <Show when={!unreadable.loading} fallback={t('doe:export.checking')}>
                  <Show
                    when={(unreadable() ?? []).length > 0}
                    fallback={t('doe:export.checked', { count: all().length })}
                  >
                    {t('doe:export.unreadableTitle')}
                  </Show>
                </Show>
              </p>
              <Show when={(unreadable() ?? []).length > 0}>
                <ul>
                  <For each={unreadable()}>
                    {(record) => (
                      <li>
                        {t('doe:export.unreadableItem', {
                          name: record.name,
                          label: labelOf(record.itemId),
                        })}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={named.value() === false}>
                <p class="hint">
                  {t('doe:export.profileMissing')}{' '}
                  <A href="/settings#profile">{t('doe:export.profileLink')}</A>
                </p>
              </Show>
            </section>

            <Button
              variant="primary"
              wide
              disabled={!ready() || busy() || !view().job}
              onClick={() => void make()}
            >
              {busy() ? t('doe:export.creating') : t('doe:export.create')}
            </Button>
            <ErrorMessage message={failure() ? t(failure() ?? '') : undefined} />

            {/* Announced when it appears: the PDF is ready. */}
            <div aria-live="polite">
              <Show when={made()}>
                {(pdf) => (
                  <>
                    <MadeCard
                      pdf={pdf()}
                      jobId={params.jobId}
                      handedOver={view().job?.status === 'handed-over'}
                    />
                    <TimeSavedCard
                      proposed={DOE_BASELINE_MINUTES}
                      entry={timeEntry}
                      log={(minutes) => logDoeMinutes(params.jobId, minutes)}
                      words={{
                        title: t('doe:time.title'),
                        question: t('doe:time.question'),
                        minutes: t('doe:time.minutes'),
                        less: t('doe:time.less'),
                        more: t('doe:time.more'),
                        confirm: (minutes) => t('doe:time.confirm', { minutes }),
                        logged: (minutes) => t('doe:time.logged', { minutes }),
                      }}
                    />
                  </>
                )}
              </Show>
            </div>
          </>
        )}
      </Loaded>
    </div>
  );
}
