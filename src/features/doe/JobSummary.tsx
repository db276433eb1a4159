import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { JOB_STATUSES, type JobStatus } from '../../domain/doe';
import { t } from '../../i18n';
import { SelectField } from '../../ui/Field';
import { formatDates } from './format';
import { saveJob } from './jobActions';
import type { JobRecord } from './jobData';

/** What the job is (customer, site, lot, dates), its status, and a link to change it. */
export function JobSummary(props: { job: JobRecord }) {
  const lines = () =>
    [
      props.job.customer.name,
      props.job.customer.address,
      props.job.siteAddress ? t('doe:job.siteAt', { address: props.job.siteAddress }) : '',
      props.job.lot,
      formatDates(props.job.startDate, props.job.endDate),
    ].filter(Boolean);
  return (
    <section class="card job-summary" aria-label={t('doe:job.summary')}>
      <Show when={lines().length > 0}>
        <ul class="plain-list">
          <For each={lines()}>{(line) => <li>{line}</li>}</For>
        </ul>
      </Show>
      <SelectField
        name="status"
        label={t('doe:job.status')}
        value={props.job.status}
        onValue={(value) => void saveJob(props.job.id, { status: value as JobStatus })}
      >
        <For each={JOB_STATUSES}>
          {(status) => <option value={status}>{t(`doe:status.${status}`)}</option>}
        </For>
      </SelectField>
      <A class="text-link" href={`/doe/${props.job.id}/edit`}>
        {t('doe:job.edit')}
      </A>
    </section>
  );
}
