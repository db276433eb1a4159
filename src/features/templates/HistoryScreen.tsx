import { A, useNavigate } from '@solidjs/router';
import { createSignal, For, onCleanup, Show } from 'solid-js';
import {
  deleteDocument,
  duplicateDocument,
  listHistory,
  restoreDocument,
} from '../../db/documents';
import { createLiveQuery } from '../../db/live';
import type { DocumentRecord } from '../../db/schema';
import { UNDO_MS } from '../../domain/limits';
import { language, t } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { copyText } from '../../lib/share';
import { EmptyState } from '../../ui/EmptyState';
import { TextField } from '../../ui/Field';

/** Validated outputs: search, copy again, duplicate as a new draft, delete with undo. */
export default function HistoryScreen() {
  const navigate = useNavigate();
  const [query, setQuery] = createSignal('');
  const history = createLiveQuery(listHistory, query);
  const [deleted, setDeleted] = createSignal<DocumentRecord | null>(null);
  const [copiedId, setCopiedId] = createSignal<string | null>(null);
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(undoTimer));

  const remove = async (doc: DocumentRecord) => {
    const removed = await deleteDocument(doc.id);
    if (!removed) return;
    setDeleted(removed);
    clearTimeout(undoTimer);
    undoTimer = setTimeout(() => setDeleted(null), UNDO_MS);
  };
  const undo = async () => {
    const doc = deleted();
    if (!doc) return;
    await restoreDocument(doc);
    setDeleted(null);
  };
  const duplicate = async (doc: DocumentRecord) => {
    const copy = await duplicateDocument(doc.id);
    navigate(`/compose/${copy.templateId}?doc=${copy.id}`);
  };

  return (
    <div class="screen">
      <h1>{t('history.title')}</h1>
      <TextField
        name="history-search"
        type="search"
        label={t('history.search')}
        value={query()}
        onValue={setQuery}
        autocomplete="off"
      />
      <Show
        when={(history.value() ?? []).length > 0}
        fallback={<EmptyState title={t('history.emptyTitle')} text={t('history.empty')} />}
      >
        <ul class="history-list">
          <For each={history.value()}>
            {(doc) => (
              <li class="card">
                <p class="muted">
                  {t(`documentKinds.${doc.kind}`)} ·{' '}
                  {formatDate(doc.validatedAt ?? doc.updatedAt, language())}
                </p>
                <p class="final-text clamp">{doc.body}</p>
                <div class="actions">
                  <button
                    type="button"
                    class="button"
                    onClick={async () => setCopiedId((await copyText(doc.body)) ? doc.id : null)}
                  >
                    {copiedId() === doc.id ? t('compose.copied') : t('compose.copy')}
                  </button>
                  <button type="button" class="button" onClick={() => void duplicate(doc)}>
                    {t('history.duplicate')}
                  </button>
                  <button type="button" class="button" onClick={() => void remove(doc)}>
                    {t('history.delete')}
                  </button>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={deleted()}>
        <div class="toast" role="status">
          <span>{t('history.deleted')}</span>
          <button type="button" class="button" onClick={() => void undo()}>
            {t('history.undo')}
          </button>
        </div>
      </Show>
      <A class="text-link" href="/templates">
        {t('compose.toCatalogue')}
      </A>
    </div>
  );
}
