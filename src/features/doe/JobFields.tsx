import { DOE_TEXT_MAX } from '../../domain/limits';
import { t } from '../../i18n';
import { TextField } from '../../ui/Field';
import type { JobForm, JobFormField } from './jobRules';

/** The fields of a job that are typed text. */
export type JobTextField = Exclude<keyof JobForm, 'checklists'>;

/** A job's typed fields (new job and edit): name, customer, site, lot, dates. */
export function JobFields(props: {
  form: Omit<JobForm, 'checklists'>;
  errors: Partial<Record<JobFormField, string>>;
  onField: (field: JobTextField, value: string) => void;
}) {
  const error = (field: JobFormField) => {
    const key = props.errors[field];
    return key ? t(key, { max: DOE_TEXT_MAX }) : undefined;
  };
  const text = (field: JobTextField, autocomplete = 'off') => ({
    name: field,
    label: t(`doe:job.fields.${field}`),
    value: props.form[field],
    onValue: (value: string) => props.onField(field, value),
    autocomplete,
  });
  return (
    <>
      <TextField {...text('name')} error={error('name')} hint={t('doe:job.hints.name')} />
      <fieldset>
        <legend>{t('doe:job.customer')}</legend>
        <TextField {...text('customerName')} />
        <TextField {...text('customerAddress')} />
      </fieldset>
      <TextField {...text('siteAddress')} hint={t('doe:job.hints.siteAddress')} />
      <TextField {...text('lot')} hint={t('doe:job.hints.lot')} />
      <div class="date-pair">
        <TextField {...text('startDate')} type="date" />
        <TextField {...text('endDate')} type="date" error={error('endDate')} />
      </div>
    </>
  );
}
