// Posts that announce: hiring an apprentice, an event, a closure, new opening hours.
import type { Composition } from '../../composition';
import { amount, answerIs, day, multiple, single, typed } from '../../questions';
import type { Answers, Part, Scope } from '../../types';
import { closedDates } from './advice';
import { DIPLOMAS } from './options';
import { socialTemplate } from './post';
import { askAudience } from './showcase';

/** How to apply, with the contact the profile holds (a message never on Google). */
function applyPart(c: Composition): Part {
  const { phone, email } = c.context.company;
  const how = c.choice('apply') || 'message';
  if ((how === 'call' && !phone.trim()) || (how === 'email' && !email.trim())) {
    return c.say('hiring.apply.visit');
  }
  return c.say(`hiring.apply.${how}`);
}

const APPLY = ['message', 'call', 'email', 'visit'] as const;
const applyOptions = (scope: Scope) =>
  scope.platform === 'google-post' ? APPLY.filter((how) => how !== 'message') : APPLY;

/** Hiring an apprentice, a work-study student or an intern, in neutral words (H/F). */
export const hiring = socialTemplate({
  id: 'post-hiring',
  questions: [
    single('position', ['apprentice', 'workStudy', 'intern'], { initial: 'apprentice' }),
    single('diploma', DIPLOMAS),
    day('start'),
    multiple('qualities', ['motivated', 'punctual', 'careful', 'teamPlayer', 'curious'], 3),
    multiple('offers', ['training', 'team', 'variety', 'future'], 3),
    single('apply', applyOptions, { initial: (scope) => applyOptions(scope)[0] }),
    typed('details', 150),
  ],
  cta: false,
  body(c) {
    const start = c.day('start');
    // LinkedIn reads a first-person story with a business angle: why the business trains,
    // and a share that reaches the reader's network rather than a consumer's friends.
    const linkedin = c.scope.platform === 'linkedin';
    return [
      [c.say(`hiring.hook.${c.choice('position') || 'apprentice'}`)],
      [linkedin ? c.say('hiring.why') : null],
      [
        // On Google the local line already names the trade.
        c.scope.trade && c.scope.platform !== 'google-post' ? c.say('hiring.trade') : null,
        c.chip('diploma', 'hiring.diploma'),
        start === undefined ? null : c.say('dates.hiringStart', { day: c.formatDay(start) }),
      ],
      [
        c.listOf('hiring.profile', 'hiring.quality', c.list('qualities')),
        c.listOf('hiring.offers', 'hiring.offer', c.list('offers')),
        c.sentence('details'),
      ],
      [applyPart(c)],
      linkedin ? [c.say('hiring.shareNetwork')] : askAudience(c, 'hiring.share'),
    ];
  },
  linkedinClosing: () => 'hiring.closing',
  topics: (c) => ['topic.hiring', `position.${c.choice('position') || 'apprentice'}`],
});

const EVENTS = ['closure', 'holidays', 'openDay', 'fair', 'newHours', 'anniversary'] as const;
// Closures and opening hours are customers' news: LinkedIn gets the business's own events.
const LINKEDIN_EVENTS = ['openDay', 'fair', 'anniversary'] as const;
const eventOptions = (scope: Scope): readonly string[] =>
  scope.platform === 'linkedin' ? LINKEDIN_EVENTS : EVENTS;
const isClosing = answerIs('event', 'closure', 'holidays');
const isOuting = answerIs('event', 'openDay', 'fair');
const spansDays = (answers: Answers) =>
  answers.event !== 'newHours' && answers.event !== 'anniversary';

/** When an open day, a fair or an anniversary takes place: one day, or from … to …. */
function eventDates(c: Composition): Part | null {
  const from = c.day('from');
  const until = c.day('until');
  if (from === undefined) return null;
  if (until !== undefined && until > from)
    return c.say('dates.onRange', c.formatRange(from, until));
  return c.say('dates.onDay', { day: c.formatDay(from) });
}

function eventWhen(c: Composition, event: string): Part | null {
  if (event === 'closure' || event === 'holidays') return closedDates(c, event === 'closure');
  if (event === 'newHours') {
    const from = c.day('from');
    return from === undefined ? null : c.say('dates.startingFrom', { day: c.formatDay(from) });
  }
  return eventDates(c);
}

/**
 * An event or a closure. Its first day is required; new opening hours require the hours
 * themselves; a one-day event reads « le vendredi 1er mai », never « du … au … » the same day.
 */
export const event = socialTemplate({
  id: 'post-event',
  questions: [
    single('event', eventOptions, { initial: (scope) => eventOptions(scope)[0] }),
    day('from', { required: true }),
    day('until', { when: spansDays }),
    typed('hours', 100, { when: answerIs('event', 'newHours'), required: true }),
    typed('times', 100, { when: isOuting }),
    amount('years', 1, 200, { when: answerIs('event', 'anniversary') }),
    typed('place', 100, { when: isOuting }),
    { ...single('emergency', ['yes', 'no'], { initial: 'no' }), when: isClosing },
    typed('details', 150),
  ],
  cta: false,
  body(c) {
    const kind = c.choice('event') || eventOptions(c.scope)[0] || 'closure';
    const place = isOuting(c.answers) ? c.text('place') : '';
    const hours = kind === 'newHours' ? c.text('hours') : '';
    const times = isOuting(c.answers) ? c.text('times') : '';
    const years = kind === 'anniversary' ? c.number('years') : undefined;
    const urgent = isClosing(c.answers) && c.choice('emergency') === 'yes';
    return [
      [c.say(`event.hook.${kind}`)],
      [
        years === undefined
          ? null
          : c.say(years === 1 ? 'event.firstYear' : 'event.years', { years }),
        eventWhen(c, kind),
        hours ? c.say('event.newHours', { hours }) : null,
        times ? c.say('event.times', { times }) : null,
        place ? c.say('event.place', { place }) : null,
        // Beside a closure, new hours or an anniversary the body thanks or takes leave: what the
        // artisan adds goes with the facts, never after a farewell.
        isOuting(c.answers) ? null : c.sentence('details'),
      ],
      [urgent && c.context.company.phone.trim() ? c.say('event.emergency') : null],
      [c.say(`event.body.${kind}`), isOuting(c.answers) ? c.sentence('details') : null],
      // Facebook is the neighbourhood's noticeboard: one thing asked of the reader, by kind.
      [c.scope.platform === 'facebook' ? c.say(`event.together.${kind}`) : null],
    ];
  },
  // On LinkedIn only the business's own events are offered: each closes on what it brings.
  linkedinClosing: (c) => `event.closing.${c.choice('event') || LINKEDIN_EVENTS[0]}`,
  topics: (c) => [`event.${c.choice('event') || eventOptions(c.scope)[0] || 'closure'}`],
});
