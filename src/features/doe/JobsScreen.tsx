import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { requiredProgress } from '../../db/doeItems';
import { listJobs } from '../../db/jobs';
import { createLiveQuery } from '../../db/live';
import { EmptyState } from '../../ui/EmptyState';
import { TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { formatDates, td } from './strings';

/** Jobs and their DOE: search, the list with each one's progress, and a new job. */
export default function JobsScreen() {
  const [query, setQuery] = createSignal('');
  const jobs = createLiveQuery(async (search: string) => {
    const found = await listJobs(search);
    const progress = await requiredProgress(found.map((job) => job.id));
    return found.map((job) => ({ job, progress: progress.get(job.id) }));
  }, query);

  return (
    <div class="screen doe">
      <h1>{td('jobs.title')}</h1>
      <p class="hint">{td('jobs.intro')}</p>
      <A class="button primary wide" href="/doe/new">
        <Icon name="doe" />
        {td('jobs.new')}
      </A>
      <TextField
        name="job-search"
        type="search"
        label={td('jobs.search')}
        value={query()}
        onValue={setQuery}
        autocomplete="off"
      />
      <Show
        when={(jobs.value() ?? []).length > 0}
        fallback={
          <Show when={jobs.value()}>
            <Show
              when={query().trim() === ''}
              fallback={<p role="status">{td('jobs.noMatch', { search: query() })}</p>}
            >
              <EmptyState title={td('jobs.emptyTitle')} text={td('jobs.empty')} />
            </Show>
          </Show>
        }
      >
        <ul class="job-list" aria-label={td('jobs.listLabel')}>
          <For each={jobs.value()}>
            {({ job, progress }) => (
              <li>
                <A class="job-link" href={`/doe/${job.id}`}>
                  <strong>{job.name}</strong>
                  <span>{[job.customer.name, job.lot].filter(Boolean).join(' · ')}</span>
                  <span class="muted">
                    {[
                      td(`status.${job.status}`),
                      formatDates(job.startDate, job.endDate),
                      progress
                        ? td('jobs.progress', {
                            settled: progress.settled,
                            count: progress.required,
                          })
                        : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
