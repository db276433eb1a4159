import { A, useParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { ChoiceGroup } from '../../ui/Field';
import { ProgressBar } from '../../ui/ProgressBar';
import { AddItemForm } from './AddItemForm';
import { ItemCard } from './ItemCard';
import { JobSummary } from './JobSummary';
import { createJobData } from './jobData';
import { isSettled, progressOf, progressPercent } from './jobRules';
import { td } from './strings';

type Filter = 'all' | 'missing';

/**
 * A job's DOE: what the job is, the progress of required documents, and every item with its
 * status and photos; "ce qui manque" narrows the list; items can be added and reordered.
 */
export default function JobScreen() {
  const params = useParams<{ jobId: string }>();
  const data = createJobData(() => params.jobId);
  const [filter, setFilter] = createSignal<Filter>('all');
  const [reordering, setReordering] = createSignal(false);
  const items = () => data.value()?.items ?? [];
  const progress = createMemo(() => progressOf(items()));
  const shown = () =>
    filter() === 'missing' ? items().filter((item) => !isSettled(item)) : items();

  return (
    <div class="screen doe">
      <Show
        when={data.value()?.job}
        fallback={
          <Show when={data.value()} fallback={<p class="loading">{td('loading')}</p>}>
            <h1>{td('job.missingTitle')}</h1>
            <A class="text-link" href="/doe">
              {td('job.backToList')}
            </A>
          </Show>
        }
      >
        {(job) => (
          <>
            <A class="text-link" href="/doe">
              {td('job.backToList')}
            </A>
            <h1>{job().name}</h1>
            <JobSummary job={job()} />

            <section class="card" aria-labelledby="progress-title">
              <h2 id="progress-title">{td('job.progressTitle')}</h2>
              <p>
                {td('job.progress', {
                  settled: progress().requiredSettled,
                  count: progress().required,
                })}
              </p>
              <ProgressBar label={td('job.progressTitle')} percent={progressPercent(progress())} />
              <A class="button primary wide" href={`/doe/${job().id}/export`}>
                {td('job.export')}
              </A>
            </section>

            <section aria-labelledby="items-title">
              <h2 id="items-title">{td('job.itemsTitle')}</h2>
              <div class="items-tools">
                <ChoiceGroup<Filter>
                  legend={td('job.filter')}
                  name="filter"
                  value={filter()}
                  options={[
                    { value: 'all', label: td('job.filterAll', { count: items().length }) },
                    {
                      value: 'missing',
                      label: td('job.filterMissing', {
                        count: progress().total - progress().settled,
                      }),
                    },
                  ]}
                  onValue={setFilter}
                />
                <button
                  type="button"
                  class="button"
                  aria-pressed={reordering()}
                  onClick={() => setReordering((on) => !on)}
                >
                  {reordering() ? td('job.reorderDone') : td('job.reorder')}
                </button>
              </div>
              <Show
                when={shown().length > 0}
                fallback={<p class="empty-state">{td('job.nothingMissing')}</p>}
              >
                <ol class="item-list" aria-label={td('job.itemsTitle')}>
                  <For each={shown()}>
                    {(item) => (
                      <ItemCard
                        item={item}
                        jobId={job().id}
                        attachments={data.value()?.attachments[item.id] ?? []}
                        position={items().indexOf(item)}
                        count={items().length}
                        reordering={reordering()}
                      />
                    )}
                  </For>
                </ol>
              </Show>
              <AddItemForm jobId={job().id} />
            </section>
          </>
        )}
      </Show>
    </div>
  );
}
