// Customers as the screens use them (quotes and the DOE): search, pick, create, and edit as
// typed. Customers stay on the device: nothing here reaches the outbox.
import {
  type CustomerFields,
  createCustomer,
  getCustomer,
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

/** A customer looked up by id: the id asked, and the customer (undefined when there is none). */
export interface CustomerLookup {
  id: string | null;
  customer: CustomerRecord | undefined;
}

/**
 * One customer, live. Each answer names the id it is for, so a screen can tell "still reading
 * the customer just picked" (an answer for another id, or none yet) from "gone".
 */
export function createCustomerLookup(id: () => string | null): LiveQuery<CustomerLookup> {
  return createLiveQuery(
    async (customerId: string | null) => ({
      id: customerId,
      customer: customerId ? await getCustomer(customerId) : undefined,
    }),
    id,
  );
}

/**
 * Creates a customer (named after the search typed, if any, with the other details given); its
 * id, or what failed.
 */
export function newCustomer(
  name = '',
  details: Partial<CustomerFields> = {},
): Promise<ActionResult<string>> {
  return runAction(async () => (await createCustomer({ ...details, name: name.trim() })).id);
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
