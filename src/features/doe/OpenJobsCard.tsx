import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t } from '../../i18n';
import { Loaded } from '../../ui/Feedback';
import { createOpenJobs } from './openJobs';

/**
 * Home's card of jobs whose DOE is not handed over yet. Loaded after the home screen (its own
 * small chunk: nothing of the DOE is in the first load); shown only when there is a job, or
 * when they could not be read (then with Retry).
 */
export default function OpenJobsCard() {
  const jobs = createOpenJobs();
  return (
    <Loaded query={jobs} loading={null}>
      {(list) => (
        <Show when={list().length > 0}>
          <section aria-labelledby="jobs-title">
            <h2 id="jobs-title">{t('home.jobs.title')}</h2>
            <ul class="draft-list">
              <For each={list()}>
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
      )}
    </Loaded>
  );
}
