import { A, useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, Show, untrack } from 'solid-js';
import { Button } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import { reported } from '../../ui/Toast';
import { createCustomerLookup } from '../customers/customersState';
import { ConfirmAction } from '../team/ConfirmAction';
import { CHECKLIST_IDS } from './checklists';
import { JobFields, type JobTextField } from './JobFields';
import { addChecklist, chooseCustomer, removeJob, saveJob } from './jobActions';
import type { JobRecord } from './jobData';
import { createJobData } from './jobData';
import { customerChoice, emptyJobForm, jobFormProblems } from './jobRules';
import './doe.css';
import { t } from '../../i18n';
import { useDocumentTitle } from '../../ui/title';

/** The job's typed details as a form, from the stored job. */
function formOf(job: JobRecord): Record<JobTextField, string> {
  return {
    name: job.name,
    siteAddress: job.siteAddress,
    lot: job.lot,
    startDate: job.startDate,
    endDate: job.endDate,
  };
}

/** Changes a job's details (saved as typed), adds a checklist, or deletes the job and its photos. */
export default function EditJobScreen() {
  useDocumentTitle(() => t('doe:edit.title'));
  const params = useParams<{ jobId: string }>();
  const navigate = useNavigate();
  const data = createJobData(() => params.jobId);
  return (
    <div class="screen doe">
      <A class="text-link" href={`/doe/${params.jobId}`}>
        {t('doe:edit.back')}
      </A>
      <h1>{t('doe:edit.title')}</h1>
      <Loaded query={data}>
        {(view) => (
          <Show when={view().job?.id} keyed fallback={<p>{t('doe:job.missingTitle')}</p>}>
            {(_jobId) => {
              // Typed values live here; the stored job only seeds them, once (see ItemDetails), so
              // a save landing while typing never moves the text under the cursor.
              const job = untrack(() => data.value()?.job) as JobRecord;
              const latest = () => data.value()?.job ?? job;
              const [form, setForm] = createSignal(formOf(job));
              // The customer as this screen last set it: linked (edited in place), or the copy
              // typed on an old job until a customer is picked or created from it.
              const [customer, setCustomer] = createSignal(job.customer);
              const lookup = createCustomerLookup(() => customer().id ?? null);
              const problems = () => jobFormProblems({ ...emptyJobForm(['common']), ...form() });
              const onField = (field: JobTextField, value: string) => {
                setForm((previous) => ({ ...previous, [field]: value }));
                void saveJob(job.id, { [field]: value });
              };
              const pickCustomer = async (id: string | null) => {
                const picked = reported(await chooseCustomer(id, form().siteAddress));
                if (!picked) return;
                setCustomer(picked.customer);
                setForm((previous) => ({ ...previous, siteAddress: picked.siteAddress }));
                void saveJob(job.id, picked);
              };
              const photos = () =>
                Object.values(data.value()?.attachments ?? {})
                  .flat()
                  .filter((a) => a.kind === 'photo').length;
              return (
                <>
                  <form class="job-form" onSubmit={(event) => event.preventDefault()} novalidate>
                    <JobFields
                      form={form()}
                      errors={problems()}
                      onField={onField}
                      customer={customerChoice(customer(), lookup.value())}
                      onPickCustomer={(id) => void pickCustomer(id)}
                    />
                  </form>
                  <section aria-labelledby="more-lists">
                    <h2 id="more-lists">{t('doe:edit.checklists')}</h2>
                    <p class="hint">{t('doe:edit.checklistsHint')}</p>
                    <div class="actions">
                      <For
                        each={CHECKLIST_IDS.filter(
                          (id) => !data.value()?.job?.checklists.includes(id),
                        )}
                      >
                        {(id) => (
                          <Button onClick={() => void addChecklist(latest(), id)}>
                            {t('doe:edit.addChecklist', { title: t(`doe:checklists.${id}.title`) })}
                          </Button>
                        )}
                      </For>
                    </div>
                  </section>
                  <section class="card" aria-labelledby="delete-job">
                    <h2 id="delete-job">{t('doe:edit.deleteTitle')}</h2>
                    <p>{t('doe:edit.deleteText')}</p>
                    <ConfirmAction
                      label={t('doe:edit.delete')}
                      question={t('doe:edit.deleteQuestion', {
                        name: latest().name,
                        items: data.value()?.items.length ?? 0,
                        count: photos(),
                      })}
                      yes={t('doe:edit.deleteYes')}
                      no={t('doe:edit.deleteNo')}
                      onConfirm={async () => {
                        if (await removeJob(latest())) navigate('/doe', { replace: true });
                      }}
                    />
                  </section>
                </>
              );
            }}
          </Show>
        )}
      </Loaded>
    </div>
  );
}
