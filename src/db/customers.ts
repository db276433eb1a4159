// The artisan's customers. They never leave the device: no function here touches the outbox,
// and the sync protocol has no field that could carry them.
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { matchesAllWords } from '../lib/search';
import { db } from './database';
import type { CustomerRecord } from './schema';

/** The fields of a customer the artisan types. */
export type CustomerFields = Pick<
  CustomerRecord,
  'name' | 'address' | 'siteAddress' | 'phone' | 'email'
>;

/** A customer with every field blank. */
export function emptyCustomerFields(): CustomerFields {
  return { name: '', address: '', siteAddress: '', phone: '', email: '' };
}

/** Creates a customer (with the id given, or a new one) and returns it. */
export async function createCustomer(
  fields: Partial<CustomerFields> = {},
  id = newId(),
): Promise<CustomerRecord> {
  const at = now();
  const customer: CustomerRecord = {
    ...emptyCustomerFields(),
    ...fields,
    id,
    createdAt: at,
    updatedAt: at,
  };
  await db.customers.add(customer);
  return customer;
}

/** Saves some fields of a customer as typed (valid or not). */
export async function updateCustomer(id: string, changes: Partial<CustomerFields>): Promise<void> {
  await db.customers.update(id, { ...changes, updatedAt: now() });
}

/** One customer, or undefined. */
export function getCustomer(id: string): Promise<CustomerRecord | undefined> {
  return db.customers.get(id);
}

/**
 * Customers whose name, addresses, phone or e-mail contain every word of `search` (accents and
 * case ignored), most recently updated first.
 */
export async function searchCustomers(search = '', limit = 50): Promise<CustomerRecord[]> {
  return db.customers
    .orderBy('updatedAt')
    .reverse()
    .filter((c) =>
      matchesAllWords(`${c.name} ${c.address} ${c.siteAddress} ${c.phone} ${c.email}`, search),
    )
    .limit(limit)
    .toArray();
}

/** Every customer by id (to show names in lists). */
export async function customersById(): Promise<Map<string, CustomerRecord>> {
  const all = await db.customers.toArray();
  return new Map(all.map((customer) => [customer.id, customer]));
}
