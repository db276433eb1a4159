// Posts that help: a practical tip, and the right post at the right time of year.

import type { TradeFamily } from '../../../domain/trades';
import type { Composition } from '../../composition';
import { answerIs, day, single, typed } from '../../questions';
import type { Paragraph, Part, TemplateDefinition } from '../../types';
import { SEASONAL_OCCASIONS } from './options';
import { socialTemplate } from './post';
import { askAudience } from './showcase';

/** A tip: a topic, the artisan's own words or the trade's tip, what it brings. */
export const tip = socialTemplate({
  id: 'post-tip',
  questions: [
    single('topic', ['maintenance', 'choosing', 'mistake', 'season'], { initial: 'maintenance' }),
    typed('tip', 150),
    single('benefit', ['lasts', 'saves', 'safer', 'nicer']),
  ],
  cta: true,
  body(c) {
    const topic = c.choice('topic') || 'maintenance';
    return [
      [c.say(`tip.hook.${topic}`)],
      [c.sentence('tip') ?? c.say(`tip.body.${topic}`), c.chip('benefit', 'tip.benefit')],
      // LinkedIn: why the tip matters to the people who manage homes, premises or fleets.
      c.scope.platform === 'linkedin' ? [c.say(`tip.stake.${topic}`)] : askAudience(c, 'tip.ask'),
    ];
  },
  linkedinClosing: () => 'tip.closing',
  linkedinCall: 'tip.linkedinCall',
  topics: () => ['topic.tip'],
});

/** « Fermé du 4 au 24 août » or « Fermé le vendredi 1er mai »: the days that were given. */
export function closedDates(c: Composition, oneDay = false): Part | null {
  const from = c.day('from');
  const until = c.day('until');
  // A one-off closure given by its first day only is that day, not « from then on ».
  if (oneDay && from !== undefined && (until === undefined || until <= from)) {
    return c.say('dates.closedDay', { day: c.formatDay(from) });
  }
  if (from !== undefined && until !== undefined && until > from) {
    return c.say('dates.closedRange', c.formatRange(from, until));
  }
  if (from !== undefined && until === from)
    return c.say('dates.closedDay', { day: c.formatDay(from) });
  if (from !== undefined) return c.say('dates.closedFrom', { day: c.formatDay(from) });
  return null;
}

/** The seasonal post of a trade family: its occasions, in calendar order. */
export function seasonal(family: TradeFamily): TemplateDefinition {
  const occasions = SEASONAL_OCCASIONS[family];
  const first = occasions[0] ?? 'newYear';
  const closing = answerIs('occasion', 'summerClosing');
  const occasionOf = (c: Composition) => c.choice('occasion') || first;
  return socialTemplate({
    id: `post-seasonal-${family}`,
    questions: [
      single('occasion', occasions, { initial: first }),
      day('from', { when: closing, required: true }),
      day('until', { when: closing, required: true }),
      typed('product', 100, { when: (answers) => !closing(answers) }),
    ],
    cta: true,
    ctaPath: (c) => `seasonal.${occasionOf(c)}.cta`,
    body(c): Paragraph[] {
      const occasion = occasionOf(c);
      const product = occasion === 'summerClosing' ? '' : c.text('product');
      return [
        [c.say(`seasonal.${occasion}.hook`)],
        [
          c.say(`seasonal.${occasion}.body`),
          product ? c.say('seasonal.product', { product }) : null,
        ],
        [occasion === 'summerClosing' ? closedDates(c) : null],
      ];
    },
    topics: (c) => [`season.${occasionOf(c)}`],
  });
}
