import { useNavigate } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { loadProfile } from '../../db/profile';
import { ChecklistPicker } from './ChecklistPicker';
import { defaultChecklists } from './checklists';
import { JobFields } from './JobFields';
import { createJobFromForm, loadJobDraft, saveJobDraft } from './jobActions';
import { emptyJobForm, type JobForm, jobFormProblems } from './jobRules';
import { td } from './strings';

/**
 * A new job: its details and the checklists its DOE starts from (the profile's trade and the
 * common one, preselected). What is typed is kept as a draft until the job is created.
 */
export default function NewJobScreen() {
  const navigate = useNavigate();
  const [form, setForm] = createStore<JobForm>(emptyJobForm(['common']));
  const [ready, setReady] = createSignal(false);
  const [tried, setTried] = createSignal(false);
  const problems = () => (tried() ? jobFormProblems(form) : {});

  onMount(async () => {
    const profile = await loadProfile().catch(() => undefined);
    setForm(await loadJobDraft(defaultChecklists(profile?.trade ?? '')));
    setReady(true);
  });

  const change = <K extends keyof JobForm>(field: K, value: JobForm[K]) => {
    setForm(field, value as never);
    void saveJobDraft({ ...unwrap(form) });
  };

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(jobFormProblems(form)).length > 0) {
      document
        .querySelector<HTMLElement>('[aria-invalid="true"], .checklist-picker input')
        ?.focus();
      return;
    }
    const job = await createJobFromForm({ ...unwrap(form) });
    if (job) navigate(`/doe/${job.id}`, { replace: true });
  };

  return (
    <div class="screen doe">
      <h1>{td('new.title')}</h1>
      <Show when={ready()} fallback={<p class="loading">{td('loading')}</p>}>
        <form class="job-form" onSubmit={(event) => void create(event)} novalidate>
          <JobFields form={form} errors={problems()} onField={change} />
          <ChecklistPicker
            chosen={form.checklists}
            onChange={(chosen) => change('checklists', chosen)}
            error={problems().checklists ? td(problems().checklists ?? '') : undefined}
          />
          <button type="submit" class="button primary wide">
            {td('new.create')}
          </button>
        </form>
      </Show>
    </div>
  );
}
