// Guided quotes for vehicle and animal trades: a garage's service and a groomer's visit, both
// at the standard 20 % rate (parts, labour and care alike).
import { line, type QuoteTemplate, when } from './types';

/** A car service at the garage: the service chosen, brake pads if worn, collection and return. */
export const carService: QuoteTemplate = {
  id: 'quote-car-service',
  family: 'vehicles',
  trades: ['mechanic'],
  baselineMinutes: 15,
  questions: [
    { id: 'service', kind: 'choice', options: ['oil', 'major'], initial: 'oil' },
    { id: 'brakes', kind: 'toggle', initial: false },
    { id: 'pickup', kind: 'toggle', initial: false },
  ],
  build(answers) {
    const major = answers.choice('service') === 'major';
    const brakes = answers.toggle('brakes');
    // Labour in thousandths of an hour: the service, plus an hour for the pads.
    const hours = (major ? 1500 : 500) + (brakes ? 1000 : 0);
    return [
      {
        section: 'supplies',
        lines: [
          line('parts', 1000, 'lot', major ? 14000 : 6500, 2000, {
            service: answers.label('service'),
          }),
          ...when(brakes, line('pads', 1000, 'lot', 5500, 2000)),
        ],
      },
      {
        section: 'labour',
        lines: [line('labour', hours, 'h', 6500, 2000)],
      },
      {
        section: 'delivery',
        lines: when(answers.toggle('pickup'), line('pickup', 1000, 'flat', 3000, 2000)),
      },
    ];
  },
};

/** A groomer's visit: bath, brushing and cut priced by the size of the animal, per animal. */
export const petGrooming: QuoteTemplate = {
  id: 'quote-pet-grooming',
  family: 'animals',
  trades: ['pet-groomer'],
  baselineMinutes: 10,
  questions: [
    { id: 'size', kind: 'choice', options: ['small', 'medium', 'large'], initial: 'medium' },
    { id: 'pets', kind: 'number', unit: 'u', decimals: 0, min: 1, max: 20, initial: '1' },
    { id: 'nails', kind: 'toggle', initial: true },
    { id: 'atHome', kind: 'toggle', initial: false },
  ],
  build(answers) {
    const size = answers.choice('size');
    const pets = answers.milli('pets');
    return [
      {
        section: 'service',
        lines: [
          line(
            'grooming',
            pets,
            'u',
            size === 'large' ? 7000 : size === 'medium' ? 5000 : 3500,
            2000,
            { size: answers.label('size') },
          ),
          ...when(answers.toggle('nails'), line('nails', pets, 'u', 1000, 2000)),
        ],
      },
      {
        section: 'delivery',
        lines: when(answers.toggle('atHome'), line('travel', 1000, 'flat', 2500, 2000)),
      },
    ];
  },
};
