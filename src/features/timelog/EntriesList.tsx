import { createMemo, createSignal, For, Show } from 'solid-js';
import { TIME_CATEGORIES, type TimeCategory } from '../../domain/categories';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Feedback';
import { SelectField } from '../../ui/Field';
import { groupByDay } from './aggregate';
import { EntryEditor } from './EntryEditor';
import { formatDay, formatTime } from './format';
import { createTemplateTitles } from './templateTitles';
import { createEntriesData } from './timelogData';
import { removeEntry, type TimeEntry } from './timelogState';

/** Entries by day, newest first, filtered by category, paged; edit in place, delete with undo. */
export function EntriesList() {
  const [category, setCategory] = createSignal<TimeCategory | undefined>(undefined);
  const [pages, setPages] = createSignal(1);
  const [editing, setEditing] = createSignal<string | null>(null);
  const data = createEntriesData(() => ({ pages: pages(), category: category() }));
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
        label={t('timelog:entries.filter')}
        value={category() ?? ''}
        onValue={(value) => {
          setPages(1);
          setCategory(value === '' ? undefined : (value as TimeCategory));
        }}
      >
        <option value="">{t('timelog:entries.all')}</option>
        <For each={TIME_CATEGORIES}>
          {(value) => <option value={value}>{t(`categories.${value}`)}</option>}
        </For>
      </SelectField>
      <Loaded query={data}>
        {() => (
          <Show
            when={days().length > 0}
            fallback={
              <EmptyState
                title={t('timelog:entries.emptyTitle')}
                text={category() ? t('timelog:entries.emptyFilter') : t('timelog:entries.empty')}
              />
            }
          >
            <For each={days()}>
              {(day) => (
                <section class="entry-day" aria-label={formatDay(day.day)}>
                  <h3 class="entry-day-title">
                    <span>{formatDay(day.day)}</span>
                    <span class="muted">
                      {t('timelog:entries.dayTotal', { duration: duration(day.minutes) })}
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
                                    ? t('timelog:entries.auto')
                                    : t('timelog:entries.manual')}
                                  <Show when={entry.templateId}>
                                    {(id) => <> · {titleOf(id())}</>}
                                  </Show>
                                </p>
                                <Show when={entry.note}>
                                  <p class="entry-note">{entry.note}</p>
                                </Show>
                                <div class="entry-actions">
                                  <Button
                                    aria-label={t('timelog:entries.editLabel', describe(entry))}
                                    onClick={() => setEditing(entry.id)}
                                  >
                                    {t('timelog:entries.edit')}
                                  </Button>
                                  <Button
                                    aria-label={t('timelog:entries.deleteLabel', describe(entry))}
                                    onClick={() => void removeEntry(entry)}
                                  >
                                    {t('timelog:entries.delete')}
                                  </Button>
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
              <Button wide onClick={() => setPages((n) => n + 1)}>
                {t('timelog:entries.more')}
              </Button>
            </Show>
          </Show>
        )}
      </Loaded>
    </div>
  );
}
