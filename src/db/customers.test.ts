import { beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../lib/clock';
import {
  createCustomer,
  customersById,
  getCustomer,
  searchCustomers,
  updateCustomer,
} from './customers';
import { db } from './database';

let clock = 1_000;
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  return setClock(() => clock++);
});

describe('customers', () => {
  it('are created blank or filled, and saved as typed', async () => {
    const blank = await createCustomer();
    expect(blank).toMatchObject({ name: '', address: '', siteAddress: '', phone: '', email: '' });
    await updateCustomer(blank.id, { name: 'Mme Élise Roux', email: 'elise@' });
    expect(await getCustomer(blank.id)).toMatchObject({ name: 'Mme Élise Roux', email: 'elise@' });
  });

  it('are found by any word of their name, address, phone or e-mail, accents ignored', async () => {
    const roux = await createCustomer({
      name: 'Élise Roux',
      address: '3 place du Marché\n74000 Annecy',
    });
    const bernard = await createCustomer({
      name: 'Paul Bernard',
      siteAddress: 'Chalet des Aravis',
      phone: '06 98 76 54 32',
    });
    expect((await searchCustomers('elise')).map((c) => c.id)).toEqual([roux.id]);
    expect((await searchCustomers('annecy roux')).map((c) => c.id)).toEqual([roux.id]);
    expect((await searchCustomers('aravis')).map((c) => c.id)).toEqual([bernard.id]);
    expect((await searchCustomers('06 98')).map((c) => c.id)).toEqual([bernard.id]);
    expect((await searchCustomers('')).map((c) => c.id)).toEqual([bernard.id, roux.id]);
    expect((await customersById()).get(roux.id)?.name).toBe('Élise Roux');
  });

  it('never reach the outbox', async () => {
    const customer = await createCustomer({ name: 'Élise Roux' });
    await updateCustomer(customer.id, { phone: '06 11 22 33 44' });
    expect(await db.outbox.count()).toBe(0);
  });
});
