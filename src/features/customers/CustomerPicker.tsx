import { createSignal, For, Show, untrack } from 'solid-js';
import './customers.css';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import { TextField } from '../../ui/Field';
import { reported } from '../../ui/Toast';
import { CustomerForm } from './CustomerForm';
import { type CustomerRecord, createCustomerSearch, newCustomer } from './customersState';

/**
 * Picks the customer of a document: the chosen one with its details (editable), or a search
 * over the device's customers and "new customer" (named after what was typed).
 *
 * `typed` is a customer typed on the document before customers were stored (an old DOE job):
 * the search starts with its name, and "new customer" under that name keeps its address too.
 * `withoutSiteAddress` leaves the customer's work-site address out (the document has its own).
 */
export function CustomerPicker(props: {
  customer: CustomerRecord | undefined;
  idPrefix: string;
  onPick: (id: string | null) => void;
  readOnly?: boolean;
  typed?: { name: string; address: string };
  withoutSiteAddress?: boolean;
}) {
  const [query, setQuery] = createSignal(untrack(() => props.typed?.name.trim() ?? ''));
  const results = createCustomerSearch(query);
  const create = async () => {
    const typed = props.typed;
    const sameName = typed && typed.name.trim() === query().trim();
    const id = reported(await newCustomer(query(), sameName ? { address: typed.address } : {}));
    if (id !== null) props.onPick(id);
  };
  return (
    <Show
      when={props.customer}
      fallback={
        <Show when={!props.readOnly}>
          <div class="customer-search">
            <TextField
              id={`${props.idPrefix}-customerId`}
              name="customer-search"
              type="search"
              label={t('customers:customers.search')}
              value={query()}
              onValue={setQuery}
              autocomplete="off"
            />
            <Loaded query={results} initial={[]} loading={null}>
              {(found) => (
                <ul class="pick-list">
                  <For each={found().slice(0, 8)}>
                    {(customer) => (
                      <li>
                        <button
                          type="button"
                          class="pick"
                          onClick={() => props.onPick(customer.id)}
                        >
                          <strong>{customer.name || t('customers:customers.unnamed')}</strong>
                          <span class="muted one-line">
                            {customer.address.split('\n').join(', ')}
                          </span>
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              )}
            </Loaded>
            <Button wide onClick={() => void create()}>
              {query().trim()
                ? t('customers:customers.createNamed', { name: query().trim() })
                : t('customers:customers.create')}
            </Button>
          </div>
        </Show>
      }
    >
      {(customer) => (
        <div class="customer-chosen">
          <Show
            when={!props.readOnly}
            fallback={<p class="pre-line">{[customer().name, customer().address].join('\n')}</p>}
          >
            <CustomerForm
              customer={customer()}
              idPrefix={props.idPrefix}
              withoutSiteAddress={props.withoutSiteAddress}
            />
            <Button onClick={() => props.onPick(null)}>{t('customers:customers.change')}</Button>
          </Show>
        </div>
      )}
    </Show>
  );
}
