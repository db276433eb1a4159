import { createMemo, createSignal, For, Show } from 'solid-js';
import { createLiveQuery } from '../../db/live';
import type { TimeEntry } from '../../db/schema';
import { listEntriesPage } from '../../db/timeEntries';
import { TIME_CATEGORIES, type TimeCategory } from '../../domain/categories';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField } from '../../ui/Field';
import { groupByDay } from './aggregate';
import { EntryEditor } from './EntryEditor';
import { formatDay, formatTime, tl } from './strings';
import { createTemplateTitles } from './templateTitles';
import { removeEntry } from './timelogState';

/** Entries loaded per "Voir plus". */
const PAGE = 50;

/**
 * Reads `pages` pages of entries, newest first, one `listEntriesPage` call per page. The whole
 * window is one live query, so an entry logged, edited or deleted anywhere shows at once.
 */
async function loadPages(input: { pages: number; category: TimeCategory | undefined }) {
  const entries: TimeEntry[] = [];
  let before: number | undefined;
  let more = false;
  for (let page = 0; page < input.pages; page += 1) {
    const batch = await listEntriesPage({
      limit: PAGE,
      ...(before === undefined ? {} : { before }),
      ...(input.category ? { category: input.category } : {}),
    });
    entries.push(...batch);
    more = batch.length >= PAGE;
    const last = batch[batch.length - 1];
    if (!more || !last) break;
    before = last.occurredAt;
  }
  return { entries, more };
}

/** Entries by day, newest first, filtered by category, paged; edit in place, delete with undo. */
export function EntriesList() {
  const [category, setCategory] = createSignal<TimeCategory | undefined>(undefined);
  const [pages, setPages] = createSignal(1);
  const [editing, setEditing] = createSignal<string | null>(null);
  const data = createLiveQuery(loadPages, () => ({ pages: pages(), category: category() }));
  const days = createMemo(() => groupByDay(data.value()?.entries ?? []));
  const titleOf = createTemplateTitles(() =>
    (data.value()?.entries ?? []).some((entry) => entry.templateId),
  );
  const duration = (minutes: number) => formatMinutes(minutes, language());
  const describe = (entry: TimeEntry) => ({
    category: t(`categories.${entry.category}`),
    duration: duration(entry.minutes),
  });

  return (
    <div class="entries">
      <SelectField
        name="entries-category"
        label={tl('entries.filter')}
        value={category() ?? ''}
        onValue={(value) => {
          setPages(1);
          setCategory(value === '' ? undefined : (value as TimeCategory));
        }}
      >
        <option value="">{tl('entries.all')}</option>
        <For each={TIME_CATEGORIES}>
          {(value) => <option value={value}>{t(`categories.${value}`)}</option>}
        </For>
      </SelectField>
      <Show when={data.value()} fallback={<p class="loading">{t('app.loading')}</p>}>
        <Show
          when={days().length > 0}
          fallback={
            <EmptyState
              title={tl('entries.emptyTitle')}
              text={category() ? tl('entries.emptyFilter') : tl('entries.empty')}
            />
          }
        >
          <For each={days()}>
            {(day) => (
              <section class="entry-day" aria-label={formatDay(day.day)}>
                <h3 class="entry-day-title">
                  <span>{formatDay(day.day)}</span>
                  <span class="muted">
                    {tl('entries.dayTotal', { duration: duration(day.minutes) })}
                  </span>
                </h3>
                <ul class="list entry-list">
                  <For each={day.entries}>
                    {(entry) => (
                      <li class="entry">
                        <Show
                          when={editing() === entry.id}
                          fallback={
                            <>
                              <div class="entry-main">
                                <strong>{t(`categories.${entry.category}`)}</strong>
                                <strong>{duration(entry.minutes)}</strong>
                              </div>
                              <p class="muted entry-meta">
                                {formatTime(entry.occurredAt)} ·{' '}
                                {entry.source === 'auto'
                                  ? tl('entries.auto')
                                  : tl('entries.manual')}
                                <Show when={entry.templateId}>
                                  {(id) => <> · {titleOf(id())}</>}
                                </Show>
                              </p>
                              <Show when={entry.note}>
                                <p class="entry-note">{entry.note}</p>
                              </Show>
                              <div class="entry-actions">
                                <button
                                  type="button"
                                  class="button"
                                  aria-label={tl('entries.editLabel', describe(entry))}
                                  onClick={() => setEditing(entry.id)}
                                >
                                  {tl('entries.edit')}
                                </button>
                                <button
                                  type="button"
                                  class="button"
                                  aria-label={tl('entries.deleteLabel', describe(entry))}
                                  onClick={() => void removeEntry(entry)}
                                >
                                  {tl('entries.delete')}
                                </button>
                              </div>
                            </>
                          }
                        >
                          <EntryEditor entry={entry} onClose={() => setEditing(null)} />
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            )}
          </For>
          <Show when={data.value()?.more}>
            <button type="button" class="button wide" onClick={() => setPages((n) => n + 1)}>
              {tl('entries.more')}
            </button>
          </Show>
        </Show>
      </Show>
    </div>
  );
}
