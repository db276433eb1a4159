import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n';
import { ButtonLink } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Feedback';
import { TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { formatDates } from './format';
import { createJobList, type JobListEntry } from './jobData';
import './doe.css';
import { useDocumentTitle } from '../../ui/title';

/** One job of the list: name, customer and lot, status, dates and progress. */
function JobLink(props: { entry: JobListEntry }) {
  const job = () => props.entry.job;
  const progress = () => props.entry.progress;
  return (
    <A class="card-link" href={`/doe/${job().id}`}>
      <strong>{job().name}</strong>
      <span>{[job().customer.name, job().lot].filter(Boolean).join(' · ')}</span>
      <span class="muted">
        {[
          t(`doe:status.${job().status}`),
          formatDates(job().startDate, job().endDate),
          progress()
            ? t('doe:jobs.progress', {
                settled: progress()?.settled,
                count: progress()?.required,
              })
            : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </A>
  );
}

/** Jobs and their DOE: search, the list with each one's progress, and a new job. */
export default function JobsScreen() {
  useDocumentTitle(() => t('doe:jobs.title'));
  const [query, setQuery] = createSignal('');
  const jobs = createJobList(query);

  return (
    <div class="screen doe">
      <h1>{t('doe:jobs.title')}</h1>
      <p class="hint">{t('doe:jobs.intro')}</p>
      <ButtonLink variant="primary" wide href="/doe/new">
        <Icon name="doe" />
        {t('doe:jobs.new')}
      </ButtonLink>
      <TextField
        name="job-search"
        type="search"
        label={t('doe:jobs.search')}
        value={query()}
        onValue={setQuery}
        autocomplete="off"
      />
      <Loaded query={jobs}>
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={
              <Show
                when={query().trim() === ''}
                fallback={<p role="status">{t('doe:jobs.noMatch', { search: query() })}</p>}
              >
                <EmptyState title={t('doe:jobs.emptyTitle')} text={t('doe:jobs.empty')} />
              </Show>
            }
          >
            <ul class="job-list" aria-label={t('doe:jobs.listLabel')}>
              <For each={list()}>
                {(entry) => (
                  <li>
                    <JobLink entry={entry} />
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Loaded>
    </div>
  );
}
