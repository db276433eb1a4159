import { createSignal, For, Show } from 'solid-js';
import './customers.css';
import type { CustomerRecord } from '../../db/schema';
import { TextField } from '../../ui/Field';
import { CustomerForm } from './CustomerForm';
import { createCustomerSearch, newCustomer } from './customersState';
import { tc } from './strings';

/**
 * Picks the customer of a document: the chosen one with its details (editable), or a search
 * over the device's customers and "new customer" (named after what was typed).
 */
export function CustomerPicker(props: {
  customer: CustomerRecord | undefined;
  idPrefix: string;
  onPick: (id: string | null) => void;
  readOnly?: boolean;
}) {
  const [query, setQuery] = createSignal('');
  const results = createCustomerSearch(query);
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
              label={tc('customers.search')}
              value={query()}
              onValue={setQuery}
              autocomplete="off"
            />
            <ul class="pick-list">
              <For each={results.value()?.slice(0, 8)}>
                {(customer) => (
                  <li>
                    <button type="button" class="pick" onClick={() => props.onPick(customer.id)}>
                      <strong>{customer.name || tc('customers.unnamed')}</strong>
                      <span class="muted clamp-1">{customer.address.split('\n').join(', ')}</span>
                    </button>
                  </li>
                )}
              </For>
            </ul>
            <button
              type="button"
              class="button wide"
              onClick={() => void newCustomer(query()).then(props.onPick)}
            >
              {query().trim()
                ? tc('customers.createNamed', { name: query().trim() })
                : tc('customers.create')}
            </button>
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
            <CustomerForm customer={customer()} idPrefix={props.idPrefix} />
            <button type="button" class="button" onClick={() => props.onPick(null)}>
              {tc('customers.change')}
            </button>
          </Show>
        </div>
      )}
    </Show>
  );
}
