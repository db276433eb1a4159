import { describe, expect, it } from 'vitest';
import type { CustomerRecord } from '../../db/schema';
import type { DoeItemStatus } from '../../domain/doe';
import {
  customerChoice,
  customerFormFields,
  emptyJobForm,
  formCustomer,
  itemLabel,
  itemSeeds,
  jobFormProblems,
  missingRequired,
  progressOf,
  progressPercent,
  withCustomer,
} from './jobRules';

const item = (status: DoeItemStatus, required: boolean) => ({ status, required });

describe('jobFormProblems', () => {
  it('asks for a name and at least one checklist', () => {
    expect(jobFormProblems(emptyJobForm([]))).toEqual({
      name: 'doe:mistakes.nameRequired',
      checklists: 'doe:mistakes.checklistsRequired',
    });
    expect(jobFormProblems({ ...emptyJobForm(['common']), name: '  Cuisine ' })).toEqual({});
  });

  it('refuses an end before the start, and a name too long', () => {
    const form = { ...emptyJobForm(['common']), name: 'x'.repeat(201) };
    expect(jobFormProblems({ ...form, startDate: '2026-08-24', endDate: '2026-08-04' })).toEqual({
      name: 'doe:mistakes.tooLong',
      endDate: 'doe:mistakes.datesOrder',
    });
    expect(
      jobFormProblems({ ...form, name: 'a', startDate: '2026-08-04', endDate: '2026-08-04' }),
    ).toEqual({});
  });
});

const roux: CustomerRecord = {
  id: 'c1',
  name: 'Mme Roux',
  address: '3 rue des Lilas\n74000 Annecy',
  siteAddress: '',
  phone: '',
  email: '',
  createdAt: 1,
  updatedAt: 1,
};

describe("a job's customer", () => {
  it('is stored linked with a copy, or typed (a draft kept from before customers)', () => {
    const form = { ...emptyJobForm(['common']), customerName: ' Mme Roux ', customerAddress: '' };
    expect(formCustomer(form)).toEqual({ name: 'Mme Roux', address: '' });
    expect(formCustomer({ ...form, customerId: 'c1' })).toEqual({
      id: 'c1',
      name: 'Mme Roux',
      address: '',
    });
    expect(customerFormFields({ id: 'c1', name: 'Mme Roux', address: 'Annecy' })).toEqual({
      customerId: 'c1',
      customerName: 'Mme Roux',
      customerAddress: 'Annecy',
    });
    expect(customerFormFields({ name: 'M. Blanc', address: '' }).customerId).toBe('');
  });

  it("fills an empty site address with the picked customer's work-site address, else address", () => {
    expect(withCustomer(roux, '')).toEqual({
      customer: { id: 'c1', name: 'Mme Roux', address: '3 rue des Lilas\n74000 Annecy' },
      siteAddress: '3 rue des Lilas\n74000 Annecy',
    });
    expect(withCustomer({ ...roux, siteAddress: 'Chalet, Les Gets' }, ' ').siteAddress).toBe(
      'Chalet, Les Gets',
    );
    expect(withCustomer(roux, 'Grange, Thônes').siteAddress).toBe('Grange, Thônes');
    expect(withCustomer({ ...roux, address: '' }, '').siteAddress).toBe('');
    expect(withCustomer(null, 'Grange')).toEqual({
      customer: { name: '', address: '' },
      siteAddress: 'Grange',
    });
  });

  it('shows the linked customer, its copy when it is gone or typed, or nothing', () => {
    const linked = { id: 'c1', name: 'old copy', address: '' };
    expect(customerChoice(linked, undefined)).toEqual({ kind: 'reading' });
    // An answer for the customer picked before: still reading the new one.
    expect(customerChoice(linked, { id: null, customer: undefined })).toEqual({ kind: 'reading' });
    expect(customerChoice(linked, { id: 'c1', customer: roux })).toEqual({
      kind: 'linked',
      customer: roux,
    });
    expect(customerChoice(linked, { id: 'c1', customer: undefined })).toEqual({
      kind: 'copy',
      name: 'old copy',
      address: '',
      gone: true,
    });
    const typed = { name: 'M. Blanc', address: 'Annecy' };
    expect(customerChoice(typed, { id: null, customer: undefined })).toEqual({
      kind: 'copy',
      name: 'M. Blanc',
      address: 'Annecy',
      gone: false,
    });
    expect(customerChoice({ name: ' ', address: '' }, undefined)).toEqual({ kind: 'none' });
  });
});

describe('progress', () => {
  it('counts required items received or not applicable', () => {
    const items = [
      item('received', true),
      item('not-applicable', true),
      item('missing', true),
      item('missing', false),
      item('received', false),
    ];
    const progress = progressOf(items);
    expect(progress).toEqual({ required: 3, requiredSettled: 2, total: 5, settled: 3 });
    expect(progressPercent(progress)).toBe(67);
    expect(missingRequired(items)).toEqual([item('missing', true)]);
  });

  it('is complete when nothing is required', () => {
    expect(progressPercent(progressOf([item('missing', false)]))).toBe(100);
  });
});

describe('items', () => {
  it('start from the checklists, shared items once', () => {
    const seeds = itemSeeds(['electrical', 'common']);
    expect(seeds[0]).toEqual({ checklistItemId: 'single-line-diagram', required: true });
    expect(seeds.filter((seed) => seed.checklistItemId === 'warranties')).toHaveLength(1);
  });

  it('are named by the artisan’s wording, else by their checklist label', () => {
    const translate = (key: string) => `<${key}>`;
    expect(itemLabel({ checklistItemId: 'consuel' }, translate)).toBe('<doe:items.consuel.label>');
    expect(itemLabel({ checklistItemId: 'consuel', label: 'Consuel jaune' }, translate)).toBe(
      'Consuel jaune',
    );
    expect(itemLabel({ checklistItemId: 'consuel', label: '  ' }, translate)).toBe(
      '<doe:items.consuel.label>',
    );
    expect(itemLabel({ label: 'Photos du tableau' }, translate)).toBe('Photos du tableau');
  });
});
