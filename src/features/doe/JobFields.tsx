import { Match, Switch } from 'solid-js';
import { DOE_TEXT_MAX } from '../../domain/limits';
import { t } from '../../i18n';
import { TextField } from '../../ui/Field';
import { CustomerPicker } from '../customers/CustomerPicker';
import type { CustomerChoice, JobFormField, JobTextField } from './jobRules';

export type { JobTextField };

/** The job's customer: picked among the device's customers (shared with quotes), or created. */
function JobCustomerField(props: { choice: CustomerChoice; onPick: (id: string | null) => void }) {
  const linked = () => (props.choice.kind === 'linked' ? props.choice.customer : undefined);
  const copy = () => (props.choice.kind === 'copy' ? props.choice : undefined);
  const picker = {
    idPrefix: 'job-customer',
    onPick: (id: string | null) => props.onPick(id),
    withoutSiteAddress: true,
  };
  return (
    <fieldset class="job-customer">
      <legend>{t('doe:job.customer')}</legend>
      <Switch fallback={<CustomerPicker customer={undefined} {...picker} />}>
        <Match when={props.choice.kind === 'reading'}>
          <p class="loading">{t('app.loading')}</p>
        </Match>
        <Match when={linked()}>
          {(customer) => <CustomerPicker customer={customer()} {...picker} />}
        </Match>
        <Match when={copy()}>
          {(typed) => (
            <>
              <p class="hint">
                {typed().gone ? t('doe:job.customerGone') : t('doe:job.customerTyped')}
              </p>
              <p class="typed-customer">
                {[typed().name, typed().address].filter((line) => line.trim()).join('\n')}
              </p>
              <CustomerPicker
                customer={undefined}
                typed={{ name: typed().name, address: typed().address }}
                {...picker}
              />
            </>
          )}
        </Match>
      </Switch>
    </fieldset>
  );
}

/** A job's fields (new job and edit): name, customer, site, lot, dates. */
export function JobFields(props: {
  form: Record<JobTextField, string>;
  errors: Partial<Record<JobFormField, string>>;
  onField: (field: JobTextField, value: string) => void;
  customer: CustomerChoice;
  onPickCustomer: (id: string | null) => void;
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
      <JobCustomerField choice={props.customer} onPick={props.onPickCustomer} />
      <TextField {...text('siteAddress')} hint={t('doe:job.hints.siteAddress')} />
      <TextField {...text('lot')} hint={t('doe:job.hints.lot')} />
      <div class="date-pair">
        <TextField {...text('startDate')} type="date" />
        <TextField {...text('endDate')} type="date" error={error('endDate')} />
      </div>
    </>
  );
}
