import { For } from 'solid-js';
import { t } from '../../i18n';
import { TextAreaField, TextField } from '../../ui/Field';
import { reported } from '../../ui/Toast';
import {
  type CustomerFields,
  type CustomerRecord,
  customerFieldProblem,
  saveCustomerField,
} from './customersState';

const LINES = ['address', 'siteAddress'] as const;
const SINGLE = [
  { field: 'phone', type: 'tel', inputmode: 'tel', autocomplete: 'off' },
  { field: 'email', type: 'email', inputmode: 'email', autocomplete: 'off' },
] as const;

/**
 * A customer's details, saved as typed. `idPrefix` gives each input a stable id, so a checker
 * finding can lead straight to it (e.g. `quote-customer-address`). `withoutSiteAddress` leaves
 * the work-site address out, where the document has its own (a DOE job).
 */
export function CustomerForm(props: {
  customer: CustomerRecord;
  idPrefix: string;
  withoutSiteAddress?: boolean;
}) {
  // A failed save says so in the toast; the field keeps what was typed.
  const save = (field: keyof CustomerFields, value: string) =>
    void saveCustomerField(props.customer.id, field, value).then(reported);
  return (
    <div class="customer-form">
      <TextField
        id={`${props.idPrefix}-name`}
        name="customer-name"
        label={t('customers:customers.fields.name')}
        value={props.customer.name}
        onValue={(value) => save('name', value)}
        autocomplete="off"
      />
      <For each={LINES.filter((field) => !(props.withoutSiteAddress && field === 'siteAddress'))}>
        {(field) => (
          <TextAreaField
            id={`${props.idPrefix}-${field}`}
            name={`customer-${field}`}
            label={t(`customers:customers.fields.${field}`)}
            hint={field === 'siteAddress' ? t('customers:customers.hints.siteAddress') : undefined}
            value={props.customer[field]}
            onValue={(value) => save(field, value)}
          />
        )}
      </For>
      <For each={SINGLE}>
        {(input) => {
          const problem = () => customerFieldProblem(input.field, props.customer[input.field]);
          return (
            <TextField
              id={`${props.idPrefix}-${input.field}`}
              name={`customer-${input.field}`}
              label={t(`customers:customers.fields.${input.field}`)}
              type={input.type}
              inputmode={input.inputmode}
              autocomplete={input.autocomplete}
              value={props.customer[input.field]}
              error={problem() ? t(problem() ?? '') : undefined}
              onValue={(value) => save(input.field, value)}
            />
          );
        }}
      </For>
    </div>
  );
}
