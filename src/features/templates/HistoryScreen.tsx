import { A, useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { language, t } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { copyText } from '../../lib/share';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Feedback';
import { TextField } from '../../ui/Field';
import { createHistory, type DocumentRecord, duplicate, removeDocument } from './historyState';
import './templates.css';
import { useDocumentTitle } from '../../ui/title';

/** Validated outputs: search, copy again, duplicate as a new draft, delete with undo. */
export default function HistoryScreen() {
  const navigate = useNavigate();
  const [query, setQuery] = createSignal('');
  const history = createHistory(query);
  const [copiedId, setCopiedId] = createSignal<string | null>(null);

  const copy = async (doc: DocumentRecord) =>
    setCopiedId((await copyText(doc.body)) ? doc.id : null);
  const duplicateAndOpen = async (doc: DocumentRecord) => {
    const copy = await duplicate(doc);
    if (copy) navigate(`/compose/${copy.templateId}?doc=${copy.id}`);
  };

  useDocumentTitle(() => t('compose:history.title'));
  return (
    <div class="screen">
      <h1>{t('compose:history.title')}</h1>
      <TextField
        name="history-search"
        type="search"
        label={t('compose:history.search')}
        value={query()}
        onValue={setQuery}
        autocomplete="off"
      />
      <Loaded query={history} loading={null}>
        {(docs) => (
          <Show
            when={docs().length > 0}
            fallback={
              <EmptyState
                title={t('compose:history.emptyTitle')}
                text={t('compose:history.empty')}
              />
            }
          >
            <ul class="history-list">
              <For each={docs()}>
                {(doc) => (
                  <li class="card">
                    <p class="muted">
                      {t(`documentKinds.${doc.kind}`)} ·{' '}
                      {formatDate(doc.validatedAt ?? doc.updatedAt, language())}
                    </p>
                    <p class="final-text clamp">{doc.body}</p>
                    <div class="actions">
                      <Button onClick={() => void copy(doc)}>
                        {copiedId() === doc.id
                          ? t('compose:compose.copied')
                          : t('compose:compose.copy')}
                      </Button>
                      <Button onClick={() => void duplicateAndOpen(doc)}>
                        {t('compose:history.duplicate')}
                      </Button>
                      <Button onClick={() => void removeDocument(doc)}>
                        {t('compose:history.delete')}
                      </Button>
                    </div>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Loaded>
      <A class="text-link" href="/templates">
        {t('compose:compose.toCatalogue')}
      </A>
    </div>
  );
}
