import { describe, expect, it } from 'vitest';
import type { DoeItemStatus } from '../../domain/doe';
import {
  emptyJobForm,
  itemLabel,
  itemSeeds,
  jobFormProblems,
  missingRequired,
  progressOf,
  progressPercent,
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
