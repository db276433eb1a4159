// Guided quotes for building trades. Prices are typical French prices excluding VAT (2026), for
// the artisan to adjust; rates follow CGI art. 278-0 bis A: 10 % for improvement work on a home
// completed more than two years ago, 5.5 % for energy renovation, 20 % otherwise (and for
// goods sold without fitting).
import type { VatRate } from '../../../domain/quotes';
import { type QuoteTemplate, type ReadAnswers, when } from './types';

const OLD_HOME = { id: 'oldHome', kind: 'toggle', initial: true } as const;

/** 10 % in a home over two years old, else 20 %. */
const improvementRate = (answers: ReadAnswers): VatRate =>
  answers.toggle('oldHome') ? 1000 : 2000;

/** Painting a room from its wall and ceiling areas and the number of coats. */
export const paintRoom: QuoteTemplate = {
  id: 'quote-paint-room',
  family: 'building',
  trades: ['plasterer-painter'],
  baselineMinutes: 35,
  questions: [
    { id: 'walls', kind: 'number', unit: 'm2', decimals: 2, min: 0, max: 2000, initial: '' },
    { id: 'ceiling', kind: 'number', unit: 'm2', decimals: 2, min: 0, max: 1000, initial: '' },
    { id: 'coats', kind: 'choice', options: ['1', '2', '3'], initial: '2' },
    { id: 'finish', kind: 'choice', options: ['matt', 'velvet', 'satin'], initial: 'velvet' },
    { id: 'repairs', kind: 'toggle', initial: true },
    OLD_HOME,
    { id: 'touchUp', kind: 'toggle', initial: false },
  ],
  build(answers) {
    const rate = improvementRate(answers);
    const coats = answers.count('coats');
    const walls = answers.milli('walls');
    const ceiling = answers.milli('ceiling');
    const finish = answers.label('finish');
    return [
      {
        section: 'preparation',
        lines: [
          { line: 'protection', quantity: 1000, unit: 'flat', unitPrice: 9000, vatRate: rate },
          ...when(answers.toggle('repairs') && walls > 0, {
            line: 'repairs',
            quantity: walls,
            unit: 'm2',
            unitPrice: 650,
            vatRate: rate,
          }),
        ],
      },
      {
        section: 'labour',
        lines: [
          ...when(walls > 0, {
            line: 'walls',
            values: { count: coats, finish },
            quantity: walls,
            unit: 'm2',
            unitPrice: 900 + 700 * coats,
            vatRate: rate,
          }),
          ...when(ceiling > 0, {
            line: 'ceiling',
            values: { count: coats },
            quantity: ceiling,
            unit: 'm2',
            unitPrice: 1200 + 800 * coats,
            vatRate: rate,
          }),
          { line: 'cleaning', quantity: 1000, unit: 'flat', unitPrice: 6000, vatRate: rate },
        ],
      },
      {
        // A pot left to the customer is a sale of goods without fitting: always 20 %.
        section: 'supplies',
        lines: when(answers.toggle('touchUp'), {
          line: 'touchUp',
          values: { finish },
          quantity: 1000,
          unit: 'u',
          unitPrice: 3500,
          vatRate: 2000,
        }),
      },
    ];
  },
};

/** Replacing a water heater. */
export const waterHeater: QuoteTemplate = {
  id: 'quote-water-heater',
  family: 'building',
  trades: ['plumber'],
  baselineMinutes: 25,
  questions: [
    { id: 'capacity', kind: 'choice', options: ['100', '150', '200', '300'], initial: '200' },
    { id: 'type', kind: 'choice', options: ['electric', 'heatPump'], initial: 'electric' },
    { id: 'removeOld', kind: 'toggle', initial: true },
    OLD_HOME,
  ],
  build(answers) {
    const heatPump = answers.choice('type') === 'heatPump';
    // A heat-pump water heater is energy renovation: 5.5 % in a home over two years old.
    const rate: VatRate = !answers.toggle('oldHome') ? 2000 : heatPump ? 550 : 1000;
    const capacity = answers.count('capacity');
    const price = (heatPump ? 180000 : 45000) + capacity * (heatPump ? 500 : 150);
    return [
      {
        section: 'removal',
        lines: when(answers.toggle('removeOld'), {
          line: 'removal',
          quantity: 1000,
          unit: 'flat',
          unitPrice: 12000,
          vatRate: rate,
        }),
      },
      {
        section: 'supplies',
        lines: [
          {
            line: 'heater',
            values: { capacity, type: answers.label('type') },
            quantity: 1000,
            unit: 'u',
            unitPrice: price,
            vatRate: rate,
          },
          { line: 'safetyGroup', quantity: 1000, unit: 'u', unitPrice: 6500, vatRate: rate },
          { line: 'fittings', quantity: 1000, unit: 'lot', unitPrice: 4500, vatRate: rate },
        ],
      },
      {
        section: 'labour',
        lines: [
          {
            line: 'install',
            quantity: heatPump ? 5000 : 3000,
            unit: 'h',
            unitPrice: 5500,
            vatRate: rate,
          },
          { line: 'commissioning', quantity: 1000, unit: 'flat', unitPrice: 5000, vatRate: rate },
        ],
      },
    ];
  },
};

/** Adding sockets, and a dedicated circuit from the distribution board if needed. */
export const socketsCircuit: QuoteTemplate = {
  id: 'quote-sockets-circuit',
  family: 'building',
  trades: ['electrician'],
  baselineMinutes: 25,
  questions: [
    { id: 'sockets', kind: 'number', unit: 'u', decimals: 0, min: 1, max: 100, initial: '2' },
    { id: 'newCircuit', kind: 'toggle', initial: true },
    { id: 'cable', kind: 'number', unit: 'ml', decimals: 1, min: 0, max: 500, initial: '10' },
    { id: 'surface', kind: 'choice', options: ['flush', 'trunking'], initial: 'flush' },
    OLD_HOME,
  ],
  build(answers) {
    const rate = improvementRate(answers);
    const sockets = answers.milli('sockets');
    const flush = answers.choice('surface') === 'flush';
    return [
      {
        section: 'supplies',
        lines: [
          { line: 'socket', quantity: sockets, unit: 'u', unitPrice: 1800, vatRate: rate },
          {
            line: 'cable',
            values: { surface: answers.label('surface') },
            quantity: answers.milli('cable'),
            unit: 'ml',
            unitPrice: flush ? 1400 : 900,
            vatRate: rate,
          },
          ...when(answers.toggle('newCircuit'), {
            line: 'breaker',
            quantity: 1000,
            unit: 'u',
            unitPrice: 4500,
            vatRate: rate,
          }),
        ],
      },
      {
        section: 'labour',
        lines: [
          {
            line: 'install',
            quantity: Math.max(1000, Math.round(sockets * 0.75)) + (flush ? 2000 : 0),
            unit: 'h',
            unitPrice: 5000,
            vatRate: rate,
          },
          { line: 'tests', quantity: 1000, unit: 'flat', unitPrice: 6000, vatRate: rate },
        ],
      },
    ];
  },
};

/** Replacing windows. */
export const windows: QuoteTemplate = {
  id: 'quote-window',
  family: 'building',
  trades: ['joiner', 'carpenter', 'locksmith'],
  baselineMinutes: 30,
  questions: [
    { id: 'count', kind: 'number', unit: 'u', decimals: 0, min: 1, max: 50, initial: '1' },
    { id: 'material', kind: 'choice', options: ['pvc', 'aluminium', 'wood'], initial: 'pvc' },
    { id: 'fitting', kind: 'choice', options: ['renovation', 'full'], initial: 'renovation' },
    { id: 'efficient', kind: 'toggle', initial: true },
    OLD_HOME,
  ],
  build(answers) {
    // Windows meeting the energy thresholds (Uw ≤ 1,3 or Sw ≥ 0,3) qualify for 5.5 %.
    const rate: VatRate = !answers.toggle('oldHome')
      ? 2000
      : answers.toggle('efficient')
        ? 550
        : 1000;
    const count = answers.milli('count');
    const material = answers.choice('material');
    const price = material === 'wood' ? 95000 : material === 'aluminium' ? 85000 : 52000;
    const full = answers.choice('fitting') === 'full';
    return [
      {
        section: 'removal',
        lines: [
          {
            line: 'removal',
            values: { fitting: answers.label('fitting') },
            quantity: count,
            unit: 'u',
            unitPrice: full ? 15000 : 6000,
            vatRate: rate,
          },
        ],
      },
      {
        section: 'supplies',
        lines: [
          {
            line: 'window',
            values: { material: answers.label('material') },
            quantity: count,
            unit: 'u',
            unitPrice: price,
            vatRate: rate,
          },
        ],
      },
      {
        section: 'labour',
        lines: [
          {
            line: 'install',
            quantity: count,
            unit: 'u',
            unitPrice: full ? 32000 : 18000,
            vatRate: rate,
          },
          { line: 'finishing', quantity: count, unit: 'u', unitPrice: 7500, vatRate: rate },
        ],
      },
    ];
  },
};

/** Tiling a floor. */
export const tiling: QuoteTemplate = {
  id: 'quote-tiling-floor',
  family: 'building',
  trades: ['tiler', 'mason'],
  baselineMinutes: 30,
  questions: [
    { id: 'area', kind: 'number', unit: 'm2', decimals: 2, min: 0.5, max: 1000, initial: '' },
    { id: 'tiles', kind: 'choice', options: ['standard', 'large'], initial: 'standard' },
    { id: 'removeOld', kind: 'toggle', initial: false },
    { id: 'screed', kind: 'toggle', initial: false },
    OLD_HOME,
  ],
  build(answers) {
    const rate = improvementRate(answers);
    const area = answers.milli('area');
    // 10 % extra tiles for cuts and breakage.
    const tiles = Math.ceil((area * 11) / 10 / 10) * 10;
    const large = answers.choice('tiles') === 'large';
    return [
      {
        section: 'preparation',
        lines: [
          ...when(answers.toggle('removeOld'), {
            line: 'removal',
            quantity: area,
            unit: 'm2',
            unitPrice: 2200,
            vatRate: rate,
          }),
          ...when(answers.toggle('screed'), {
            line: 'screed',
            quantity: area,
            unit: 'm2',
            unitPrice: 2800,
            vatRate: rate,
          }),
          { line: 'primer', quantity: area, unit: 'm2', unitPrice: 400, vatRate: rate },
        ],
      },
      {
        section: 'supplies',
        lines: [
          {
            line: 'tiles',
            values: { size: answers.label('tiles') },
            quantity: tiles,
            unit: 'm2',
            unitPrice: large ? 4500 : 2500,
            vatRate: rate,
          },
          { line: 'adhesive', quantity: area, unit: 'm2', unitPrice: 600, vatRate: rate },
        ],
      },
      {
        section: 'labour',
        lines: [
          {
            line: 'laying',
            quantity: area,
            unit: 'm2',
            unitPrice: large ? 5500 : 4000,
            vatRate: rate,
          },
          {
            line: 'skirting',
            quantity: Math.round(area * 0.8),
            unit: 'ml',
            unitPrice: 1800,
            vatRate: rate,
          },
        ],
      },
    ];
  },
};
