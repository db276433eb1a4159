// Customers as the screens use them (quotes today, the DOE next): search, pick, create, and
// edit as typed. Customers stay on the device: nothing here reaches the outbox.
import {
  type CustomerFields,
  createCustomer,
  searchCustomers,
  updateCustomer,
} from '../../db/customers';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import type { CustomerRecord } from '../../db/schema';
import { type ActionResult, runAction } from '../../ui/action';

export type { CustomerFields, CustomerRecord };

/** Customers matching a search (live: they update as customers are edited anywhere). */
export function createCustomerSearch(query: () => string): LiveQuery<CustomerRecord[]> {
  return createLiveQuery((search: string) => searchCustomers(search), query);
}

/** Creates a customer (named after the search typed, if any); its id, or what failed. */
export function newCustomer(name = ''): Promise<ActionResult<string>> {
  return runAction(async () => (await createCustomer({ name: name.trim() })).id);
}

/** Saves one field of a customer as typed. */
export function saveCustomerField(
  id: string,
  field: keyof CustomerFields,
  value: string,
): Promise<ActionResult<void>> {
  return runAction(() => updateCustomer(id, { [field]: value }));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[\d\s.()-]{6,20}$/;

/** The locale key of what is wrong with a typed customer field, or null. */
export function customerFieldProblem(field: keyof CustomerFields, value: string): string | null {
  const typed = value.trim();
  if (typed === '') return null;
  if (field === 'email' && !EMAIL.test(typed)) return 'customers:customers.errors.email';
  if (field === 'phone' && !PHONE.test(typed)) return 'customers:customers.errors.phone';
  return null;
}
