// Guided quotes for food, services and production trades. Food to take away is at 5.5 %, a
// catered meal served on site at 10 % (alcohol at 20 %); services and goods at 20 %.
import { line, type QuoteTemplate, when } from './types';

/** A baker's order for an event: a celebration cake and pastries. */
export const bakerOrder: QuoteTemplate = {
  id: 'quote-baker-order',
  family: 'food',
  trades: ['baker', 'chocolatier'],
  baselineMinutes: 15,
  questions: [
    { id: 'guests', kind: 'number', unit: 'person', decimals: 0, min: 1, max: 1000, initial: '30' },
    {
      id: 'cake',
      kind: 'choice',
      options: ['croquembouche', 'layered', 'none'],
      initial: 'croquembouche',
    },
    { id: 'pastries', kind: 'number', unit: 'u', decimals: 0, min: 0, max: 5000, initial: '0' },
    { id: 'delivery', kind: 'toggle', initial: false },
  ],
  build(answers) {
    const guests = answers.milli('guests');
    const cake = answers.choice('cake');
    const pastries = answers.milli('pastries');
    return [
      {
        section: 'order',
        lines: [
          ...when(
            cake !== 'none',
            line('cake', guests, 'person', cake === 'croquembouche' ? 450 : 380, 550, {
              cake: answers.label('cake'),
            }),
          ),
          ...when(pastries > 0, line('pastries', pastries, 'u', 120, 550)),
        ],
      },
      {
        // Delivery follows the rate of the goods delivered.
        section: 'delivery',
        lines: when(answers.toggle('delivery'), line('delivery', 1000, 'flat', 2500, 550)),
      },
    ];
  },
};

/** A caterer's buffet served on site. */
export const catererBuffet: QuoteTemplate = {
  id: 'quote-caterer-buffet',
  family: 'food',
  trades: ['caterer', 'butcher', 'cheesemonger'],
  baselineMinutes: 25,
  questions: [
    { id: 'guests', kind: 'number', unit: 'person', decimals: 0, min: 1, max: 2000, initial: '50' },
    { id: 'menu', kind: 'choice', options: ['cocktail', 'buffet', 'seated'], initial: 'buffet' },
    { id: 'staff', kind: 'number', unit: 'h', decimals: 1, min: 0, max: 200, initial: '6' },
    { id: 'wine', kind: 'toggle', initial: false },
  ],
  build(answers) {
    const guests = answers.milli('guests');
    const menu = answers.choice('menu');
    const price = menu === 'seated' ? 4200 : menu === 'buffet' ? 2800 : 1900;
    return [
      {
        section: 'order',
        lines: [
          line('menu', guests, 'person', price, 1000, { menu: answers.label('menu') }),
          ...when(
            answers.toggle('wine'),
            line('wine', Math.ceil(guests / 3000) * 1000, 'u', 1200, 2000),
          ),
        ],
      },
      {
        section: 'service',
        lines: [
          ...when(
            answers.milli('staff') > 0,
            line('staff', answers.milli('staff'), 'h', 3500, 1000),
          ),
          line('equipment', guests, 'person', 300, 1000),
        ],
      },
    ];
  },
};

/** A beautician's package, e.g. for a wedding: a trial and the day itself. */
export const beautyPackage: QuoteTemplate = {
  id: 'quote-beauty-package',
  family: 'services',
  trades: ['beautician', 'hairdresser'],
  baselineMinutes: 15,
  questions: [
    { id: 'package', kind: 'choice', options: ['bridal', 'event'], initial: 'bridal' },
    { id: 'people', kind: 'number', unit: 'person', decimals: 0, min: 1, max: 30, initial: '1' },
    { id: 'trial', kind: 'toggle', initial: true },
    { id: 'atHome', kind: 'toggle', initial: true },
  ],
  build(answers) {
    const bridal = answers.choice('package') === 'bridal';
    return [
      {
        section: 'service',
        lines: [
          ...when(answers.toggle('trial'), line('trial', 1000, 'u', bridal ? 6500 : 4000, 2000)),
          line('makeup', answers.milli('people'), 'person', bridal ? 12000 : 6000, 2000, {
            package: answers.label('package'),
          }),
        ],
      },
      {
        section: 'delivery',
        lines: when(answers.toggle('atHome'), line('travel', 1000, 'flat', 3000, 2000)),
      },
    ];
  },
};

/** Made-to-measure shelving by a cabinetmaker. */
export const shelving: QuoteTemplate = {
  id: 'quote-shelving',
  family: 'production',
  trades: ['cabinetmaker', 'joiner'],
  baselineMinutes: 30,
  questions: [
    { id: 'length', kind: 'number', unit: 'ml', decimals: 2, min: 0.2, max: 50, initial: '' },
    { id: 'wood', kind: 'choice', options: ['oak', 'pine', 'mdf'], initial: 'oak' },
    { id: 'finish', kind: 'choice', options: ['oil', 'varnish', 'paint'], initial: 'oil' },
    { id: 'install', kind: 'toggle', initial: true },
  ],
  build(answers) {
    const length = answers.milli('length');
    const wood = answers.choice('wood');
    const price = wood === 'oak' ? 42000 : wood === 'pine' ? 26000 : 19000;
    return [
      {
        section: 'supplies',
        lines: [
          line('shelving', length, 'ml', price, 2000, {
            wood: answers.label('wood'),
            finish: answers.label('finish'),
          }),
        ],
      },
      {
        section: 'labour',
        lines: when(
          answers.toggle('install'),
          line('install', Math.max(2000, Math.round(length * 1.5)), 'h', 5000, 2000),
        ),
      },
    ];
  },
};
