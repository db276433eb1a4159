// Guided quotes for building trades. Prices are typical French prices excluding VAT (2026), for
// the artisan to adjust; rates follow CGI art. 278-0 bis A: 10 % for improvement work on a home
// completed more than two years ago, 5.5 % for energy renovation, 20 % otherwise (and for
// goods sold without fitting).
import type { VatRate } from '../../../domain/quotes';
import { line, type QuoteTemplate, type ReadAnswers, when } from './types';

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
          line('protection', 1000, 'flat', 9000, rate),
          ...when(answers.toggle('repairs') && walls > 0, line('repairs', walls, 'm2', 650, rate)),
        ],
      },
      {
        section: 'labour',
        lines: [
          ...when(
            walls > 0,
            line('walls', walls, 'm2', 900 + 700 * coats, rate, { count: coats, finish }),
          ),
          ...when(
            ceiling > 0,
            line('ceiling', ceiling, 'm2', 1200 + 800 * coats, rate, { count: coats }),
          ),
          line('cleaning', 1000, 'flat', 6000, rate),
        ],
      },
      {
        // A pot left to the customer is a sale of goods without fitting: always 20 %.
        section: 'supplies',
        lines: when(answers.toggle('touchUp'), line('touchUp', 1000, 'u', 3500, 2000, { finish })),
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
        lines: when(answers.toggle('removeOld'), line('removal', 1000, 'flat', 12000, rate)),
      },
      {
        section: 'supplies',
        lines: [
          line('heater', 1000, 'u', price, rate, { capacity, type: answers.label('type') }),
          line('safetyGroup', 1000, 'u', 6500, rate),
          line('fittings', 1000, 'lot', 4500, rate),
        ],
      },
      {
        section: 'labour',
        lines: [
          line('install', heatPump ? 5000 : 3000, 'h', 5500, rate),
          line('commissioning', 1000, 'flat', 5000, rate),
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
          line('socket', sockets, 'u', 1800, rate),
          line('cable', answers.milli('cable'), 'ml', flush ? 1400 : 900, rate, {
            surface: answers.label('surface'),
          }),
          ...when(answers.toggle('newCircuit'), line('breaker', 1000, 'u', 4500, rate)),
        ],
      },
      {
        section: 'labour',
        lines: [
          line(
            'install',
            Math.max(1000, Math.round(sockets * 0.75)) + (flush ? 2000 : 0),
            'h',
            5000,
            rate,
          ),
          line('tests', 1000, 'flat', 6000, rate),
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
          line('removal', count, 'u', full ? 15000 : 6000, rate, {
            fitting: answers.label('fitting'),
          }),
        ],
      },
      {
        section: 'supplies',
        lines: [line('window', count, 'u', price, rate, { material: answers.label('material') })],
      },
      {
        section: 'labour',
        lines: [
          line('install', count, 'u', full ? 32000 : 18000, rate),
          line('finishing', count, 'u', 7500, rate),
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
          ...when(answers.toggle('removeOld'), line('removal', area, 'm2', 2200, rate)),
          ...when(answers.toggle('screed'), line('screed', area, 'm2', 2800, rate)),
          line('primer', area, 'm2', 400, rate),
        ],
      },
      {
        section: 'supplies',
        lines: [
          line('tiles', tiles, 'm2', large ? 4500 : 2500, rate, { size: answers.label('tiles') }),
          line('adhesive', area, 'm2', 600, rate),
        ],
      },
      {
        section: 'labour',
        lines: [
          line('laying', area, 'm2', large ? 5500 : 4000, rate),
          line('skirting', Math.round(area * 0.8), 'ml', 1800, rate),
        ],
      },
    ];
  },
};
