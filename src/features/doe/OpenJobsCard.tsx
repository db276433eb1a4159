import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { listOpenJobs } from '../../db/jobs';
import { createLiveQuery } from '../../db/live';
import { t } from '../../i18n';

/**
 * Home's card of jobs whose DOE is not handed over yet. Loaded after the home screen (its own
 * small chunk: nothing of the DOE is in the first load); shown only when there is a job.
 */
export default function OpenJobsCard() {
  const jobs = createLiveQuery(() => listOpenJobs());
  return (
    <Show when={(jobs.value() ?? []).length > 0}>
      <section aria-labelledby="jobs-title">
        <h2 id="jobs-title">{t('home.jobs.title')}</h2>
        <ul class="draft-list">
          <For each={jobs.value()}>
            {(job) => (
              <li>
                <A class="draft-link" href={`/doe/${job.id}`}>
                  <strong>{job.name}</strong>
                  <span class="clamp-1">
                    {[job.customer.name, job.lot].filter(Boolean).join(' · ') ||
                      t('home.jobs.noCustomer')}
                  </span>
                </A>
              </li>
            )}
          </For>
        </ul>
        <A class="text-link" href="/doe">
          {t('home.jobs.all')}
        </A>
      </section>
    </Show>
  );
}
