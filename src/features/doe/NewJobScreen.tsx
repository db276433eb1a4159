import { useNavigate } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { Button } from '../../ui/Button';
import { ReadError } from '../../ui/Feedback';
import { reported } from '../../ui/Toast';
import { createCustomerLookup } from '../customers/customersState';
import { ChecklistPicker } from './ChecklistPicker';
import { JobFields } from './JobFields';
import { chooseCustomer, createJobFromForm, saveJobDraft, startJobForm } from './jobActions';
import {
  customerChoice,
  customerFormFields,
  emptyJobForm,
  formCustomer,
  type JobForm,
  jobFormProblems,
} from './jobRules';
import './doe.css';
import { t } from '../../i18n';
import { useDocumentTitle } from '../../ui/title';

/**
 * A new job: its details and the checklists its DOE starts from (the profile's trade and the
 * common one, preselected). What is typed is kept as a draft until the job is created.
 */
export default function NewJobScreen() {
  useDocumentTitle(() => t('doe:new.title'));
  const navigate = useNavigate();
  const [form, setForm] = createStore<JobForm>(emptyJobForm(['common']));
  const [ready, setReady] = createSignal(false);
  const [failed, setFailed] = createSignal(false);
  const [tried, setTried] = createSignal(false);
  const problems = () => (tried() ? jobFormProblems(form) : {});

  const start = async () => {
    setFailed(false);
    const started = await startJobForm();
    if (!started.ok) return setFailed(true);
    setForm(started.value);
    setReady(true);
  };
  onMount(() => void start());

  const change = <K extends keyof JobForm>(field: K, value: JobForm[K]) => {
    setForm(field, value as never);
    void saveJobDraft({ ...unwrap(form) });
  };

  // The customer picked (kept in the draft by id) is read live, so it is edited in place.
  const lookup = createCustomerLookup(() => form.customerId || null);
  const customer = () => customerChoice(formCustomer(form), lookup.value());
  const pickCustomer = async (id: string | null) => {
    const picked = reported(await chooseCustomer(id, form.siteAddress));
    if (!picked) return;
    setForm({ ...customerFormFields(picked.customer), siteAddress: picked.siteAddress });
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
      <h1>{t('doe:new.title')}</h1>
      <Show when={failed()}>
        <ReadError onRetry={() => void start()} />
      </Show>
      <Show
        when={ready()}
        fallback={
          <Show when={!failed()}>
            <p class="loading">{t('app.loading')}</p>
          </Show>
        }
      >
        <form class="job-form" onSubmit={(event) => void create(event)} novalidate>
          <JobFields
            form={form}
            errors={problems()}
            onField={change}
            customer={customer()}
            onPickCustomer={(id) => void pickCustomer(id)}
          />
          <ChecklistPicker
            chosen={form.checklists}
            onChange={(chosen) => change('checklists', chosen)}
            error={problems().checklists ? t(problems().checklists ?? '') : undefined}
          />
          <Button type="submit" variant="primary" wide>
            {t('doe:new.create')}
          </Button>
        </form>
      </Show>
    </div>
  );
}
