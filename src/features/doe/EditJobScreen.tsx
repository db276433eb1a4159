import { A, useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, Show, untrack } from 'solid-js';
import type { JobRecord } from '../../db/schema';
import { ConfirmAction } from '../team/ConfirmAction';
import { CHECKLIST_IDS } from './checklists';
import { JobFields, type JobTextField } from './JobFields';
import { addChecklist, removeJob, saveJob } from './jobActions';
import { createJobData } from './jobData';
import { jobFormProblems } from './jobRules';
import { td } from './strings';

/** The job's details as a form, from the stored job. */
function formOf(job: JobRecord) {
  return {
    name: job.name,
    customerName: job.customer.name,
    customerAddress: job.customer.address,
    siteAddress: job.siteAddress,
    lot: job.lot,
    startDate: job.startDate,
    endDate: job.endDate,
  };
}

/** The stored job with one typed field changed. */
function changed(job: JobRecord, field: JobTextField, value: string) {
  if (field === 'customerName') return { customer: { ...job.customer, name: value } };
  if (field === 'customerAddress') return { customer: { ...job.customer, address: value } };
  return { [field]: value };
}

/** Changes a job's details (saved as typed), adds a checklist, or deletes the job and its photos. */
export default function EditJobScreen() {
  const params = useParams<{ jobId: string }>();
  const navigate = useNavigate();
  const data = createJobData(() => params.jobId);
  return (
    <div class="screen doe">
      <A class="text-link" href={`/doe/${params.jobId}`}>
        {td('edit.back')}
      </A>
      <h1>{td('edit.title')}</h1>
      <Show when={data.value()?.job?.id} keyed fallback={<p class="loading">{td('loading')}</p>}>
        {(_jobId) => {
          // Typed values live here; the stored job only seeds them, once (see ItemDetails), so
          // a save landing while typing never moves the text under the cursor.
          const job = untrack(() => data.value()?.job) as JobRecord;
          const latest = () => data.value()?.job ?? job;
          const [form, setForm] = createSignal(formOf(job));
          const [current, setCurrent] = createSignal(job);
          const problems = () => jobFormProblems({ ...form(), checklists: ['common'] });
          const onField = (field: JobTextField, value: string) => {
            setForm((previous) => ({ ...previous, [field]: value }));
            const changes = changed(current(), field, value);
            setCurrent((previous) => ({ ...previous, ...changes }));
            void saveJob(job.id, changes);
          };
          const photos = () =>
            Object.values(data.value()?.attachments ?? {})
              .flat()
              .filter((a) => a.kind === 'photo').length;
          return (
            <>
              <form class="job-form" onSubmit={(event) => event.preventDefault()} novalidate>
                <JobFields form={form()} errors={problems()} onField={onField} />
              </form>
              <section aria-labelledby="more-lists">
                <h2 id="more-lists">{td('edit.checklists')}</h2>
                <p class="hint">{td('edit.checklistsHint')}</p>
                <div class="actions">
                  <For
                    each={CHECKLIST_IDS.filter((id) => !data.value()?.job?.checklists.includes(id))}
                  >
                    {(id) => (
                      <button
                        type="button"
                        class="button"
                        onClick={() => void addChecklist(latest(), id)}
                      >
                        {td('edit.addChecklist', { title: td(`checklists.${id}.title`) })}
                      </button>
                    )}
                  </For>
                </div>
              </section>
              <section class="card" aria-labelledby="delete-job">
                <h2 id="delete-job">{td('edit.deleteTitle')}</h2>
                <p>{td('edit.deleteText')}</p>
                <ConfirmAction
                  label={td('edit.delete')}
                  question={td('edit.deleteQuestion', {
                    name: latest().name,
                    items: data.value()?.items.length ?? 0,
                    count: photos(),
                  })}
                  yes={td('edit.deleteYes')}
                  no={td('edit.deleteNo')}
                  onConfirm={async () => {
                    if (await removeJob(latest())) navigate('/doe', { replace: true });
                  }}
                />
              </section>
            </>
          );
        }}
      </Show>
    </div>
  );
}
