import { A, useParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { Button, ButtonLink } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import { ChoiceGroup } from '../../ui/Field';
import { ProgressBar } from '../../ui/ProgressBar';
import { AddItemForm } from './AddItemForm';
import { ItemCard } from './ItemCard';
import { JobSummary } from './JobSummary';
import { createJobData } from './jobData';
import { isSettled, progressOf, progressPercent } from './jobRules';
import './doe.css';
import { t } from '../../i18n';
import { useDocumentTitle } from '../../ui/title';

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
  useDocumentTitle(() => {
    const view = data.value();
    if (!view) return '';
    return view.job?.name ?? t('doe:job.missingTitle');
  });

  return (
    <div class="screen doe">
      <Loaded query={data}>
        {(view) => (
          <Show
            when={view().job}
            fallback={
              <>
                <h1>{t('doe:job.missingTitle')}</h1>
                <A class="text-link" href="/doe">
                  {t('doe:job.backToList')}
                </A>
              </>
            }
          >
            {(job) => (
              <>
                <A class="text-link" href="/doe">
                  {t('doe:job.backToList')}
                </A>
                <h1>{job().name}</h1>
                <JobSummary job={job()} />

                <section class="card" aria-labelledby="progress-title">
                  <h2 id="progress-title">{t('doe:job.progressTitle')}</h2>
                  <p>
                    {t('doe:job.progress', {
                      settled: progress().requiredSettled,
                      count: progress().required,
                    })}
                  </p>
                  <ProgressBar
                    label={t('doe:job.progressTitle')}
                    percent={progressPercent(progress())}
                  />
                  <ButtonLink variant="primary" wide href={`/doe/${job().id}/export`}>
                    {t('doe:job.export')}
                  </ButtonLink>
                </section>

                <section aria-labelledby="items-title">
                  <h2 id="items-title">{t('doe:job.itemsTitle')}</h2>
                  <div class="items-tools">
                    <ChoiceGroup<Filter>
                      legend={t('doe:job.filter')}
                      name="filter"
                      value={filter()}
                      options={[
                        { value: 'all', label: t('doe:job.filterAll', { count: items().length }) },
                        {
                          value: 'missing',
                          label: t('doe:job.filterMissing', {
                            count: progress().total - progress().settled,
                          }),
                        },
                      ]}
                      onValue={setFilter}
                    />
                    <Button aria-pressed={reordering()} onClick={() => setReordering((on) => !on)}>
                      {reordering() ? t('doe:job.reorderDone') : t('doe:job.reorder')}
                    </Button>
                  </div>
                  <Show
                    when={shown().length > 0}
                    fallback={<p class="empty-state">{t('doe:job.nothingMissing')}</p>}
                  >
                    <ol class="item-list" aria-label={t('doe:job.itemsTitle')}>
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
        )}
      </Loaded>
    </div>
  );
}
