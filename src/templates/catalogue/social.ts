// Social posts (domain.md §4): each format is structure only; the words live in the `social`
// phrase bank. Vocabulary follows the trade family (`phrases.vocab.<family>.*`, nested with
// `$t()`), hashtags are built here from bank words and always stay within PLATFORM_RULES.
import { TRADE_FAMILIES, type TradeFamily, tradeFamily } from '../../domain/trades';
import { findHashtags, PLATFORM_RULES, type Platform } from '../checks';
import { answerList, answerNumber, answerText } from '../engine';
import type { Answers, ComposeContext, Part, Question, TemplateDefinition } from '../types';
import { customerNameQuestion, signature, signerQuestion, toneQuestion } from './shared';

/** A trade family, or 'neutral' when the profile has no trade yet. */
type VocabFamily = TradeFamily | 'neutral';
type Vars = Record<string, string | number>;
type Paragraph = ReadonlyArray<Part | null>;

/** The platforms a social post can target, in the order the platform question lists them. */
export const POST_PLATFORMS = ['google-post', 'instagram', 'facebook', 'linkedin'] as const;
type PostPlatform = (typeof POST_PLATFORMS)[number];

// Hashtags aimed for, clamped to PLATFORM_RULES (Google: none, Instagram 3–5, Facebook 2–4…).
const HASHTAG_TARGET: Record<Platform, number> = {
  'google-review-reply': 0,
  'google-post': 0,
  instagram: 5,
  facebook: 3,
  linkedin: 3,
};
/** How many words `hashtags.family.<family>` holds in every bank. */
export const FAMILY_HASHTAGS = 3;
/** How many words `hashtags.generic` holds in every bank. */
export const GENERIC_HASHTAGS = 3;

const COUNT_KEYS = ['one', 'two', 'three'] as const;

/** One composition: answers and context, with helpers that keep chip ids and texts safe. */
interface Post {
  answers: Answers;
  context: ComposeContext;
  family: VocabFamily;
  /** Google Business Profile post: no hashtags, local search words. */
  google: boolean;
  /** Instagram or Facebook: a question to the audience fits. */
  social: boolean;
  /** A phrase part with the shared variables (family, trade, city, phone, email). */
  say(key: string, vars?: Vars): Part;
  /** A chip id among the question's options, or ''. */
  choice(id: string): string;
  /** The chip ids chosen among the question's options, at most the question's max. */
  list(id: string): string[];
  /** A typed text for use inside a phrase: trimmed, without final punctuation. */
  text(id: string): string;
  /** A typed text as a sentence of its own, or null. */
  sentence(id: string): Part | null;
  /** A 'YYYY-MM-DD' answer as a UTC timestamp (formatted by the bank), or undefined. */
  day(id: string): number | undefined;
  /** Every typed text used so far (their own hashtags count against the platform's range). */
  used: string[];
}

function familyOf(context: ComposeContext): VocabFamily {
  return context.company.trade === '' ? 'neutral' : tradeFamily(context.company.trade);
}

function parseDay(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, date);
  const check = new Date(time);
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === date ? time : undefined;
}

function createPost(
  answers: Answers,
  context: ComposeContext,
  questions: readonly Question[],
): Post {
  const { company } = context;
  const google = context.platform === 'google-post';
  const question = (id: string) => questions.find((q) => q.id === id);
  const options = (id: string): readonly string[] => {
    const found = question(id);
    return found && 'options' in found ? found.options : [];
  };
  const typed = (id: string): string => {
    let value = answerText(answers, id).normalize('NFC');
    // Google posts carry no hashtags: a typed "#word" becomes the plain word.
    if (google) value = value.replace(/#(?=[\p{L}\p{N}_])/gu, '');
    if (value !== '') post.used.push(value);
    return value;
  };
  const base: Vars = {
    family: familyOf(context),
    trade: company.trade,
    city: company.city.trim(),
    phone: company.phone.trim(),
    email: company.email.trim(),
  };
  const post: Post = {
    answers,
    context,
    family: familyOf(context),
    google,
    social: context.platform === 'instagram' || context.platform === 'facebook',
    say: (key, vars) => ({ key, vars: { ...base, ...vars } }),
    choice: (id) => {
      const value = answers[id];
      return typeof value === 'string' && options(id).includes(value) ? value : '';
    },
    list: (id) => {
      const found = question(id);
      const max = found?.kind === 'multiple' ? (found.max ?? Infinity) : Infinity;
      return [...new Set(answerList(answers, id))]
        .filter((v) => options(id).includes(v))
        .slice(0, max);
    },
    text: (id) => typed(id).replace(/[\s.,;:!?…]+$/u, ''),
    sentence: (id) => {
      const value = typed(id);
      if (value === '') return null;
      return { text: /[.!?…»")]$/u.test(value) ? value : `${value}.` };
    },
    day: (id) => parseDay(answerText(answers, id)),
    used: [],
  };
  return post;
}

/** A date variable for the bank: its UTC timestamp and its day of month (for "1er"). */
function dateVars(name: string, time: number): Vars {
  return { [name]: time, [`${name}Day`]: new Date(time).getUTCDate() };
}

/** `<base>.one|two|three` with the chosen ids as a, b, c (the bank nests their words). */
function listPart(post: Post, base: string, ids: readonly string[]): Part | null {
  const chosen = ids.slice(0, COUNT_KEYS.length);
  const size = COUNT_KEYS[chosen.length - 1];
  if (!size) return null;
  const [a = '', b = '', c = ''] = chosen;
  return post.say(`${base}.${size}`, { a, b, c });
}

/** A chip's own phrase, `<base>.<chip>`, or null when nothing valid was chosen. */
function chipPart(post: Post, base: string, id: string): Part | null {
  const chip = post.choice(id);
  return chip ? post.say(`${base}.${chip}`) : null;
}

/** "Closed from … to …": the dates that were given, in order. */
function closedDates(post: Post): Part | null {
  const from = post.day('from');
  const until = post.day('until');
  if (from !== undefined && until !== undefined && until >= from) {
    return post.say('phrases.dates.closedRange', {
      ...dateVars('from', from),
      ...dateVars('until', until),
    });
  }
  if (from !== undefined) return post.say('phrases.dates.closedFrom', dateVars('from', from));
  if (until !== undefined) return post.say('phrases.dates.closedUntil', dateVars('until', until));
  return null;
}

/** "On …" or "From … to …" for an event. */
function eventDates(post: Post): Part | null {
  const from = post.day('from');
  const until = post.day('until');
  if (from === undefined) return null;
  if (until !== undefined && until > from) {
    return post.say('phrases.dates.onRange', {
      ...dateVars('from', from),
      ...dateVars('until', until),
    });
  }
  return post.say('phrases.dates.onDay', dateVars('from', from));
}

function callToAction(post: Post): Part | null {
  const { phone } = post.context.company;
  switch (post.choice('cta')) {
    case 'contact':
      return post.say(`phrases.cta.contact.${post.family}`);
    case 'call':
      return post.say(phone.trim() ? 'phrases.cta.call' : 'phrases.cta.message');
    case 'message':
      return post.say('phrases.cta.message');
    case 'visit':
      return post.say('phrases.cta.visit');
    default:
      return null;
  }
}

/** Google: trade and town in plain words; elsewhere a LinkedIn closing and a 📍 town line. */
function localParagraphs(post: Post): Paragraph[] {
  const city = post.context.company.city.trim();
  const { trade } = post.context.company;
  if (post.google) {
    if (trade && city) return [[post.say('phrases.local.tradeCity')]];
    if (city) return [[post.say('phrases.local.city')]];
    if (trade) return [[post.say('phrases.local.trade')]];
    return [];
  }
  const closing =
    post.context.platform === 'linkedin'
      ? post.say(`phrases.linkedin.closing.${post.family}`)
      : null;
  return [[closing], [city ? { text: `📍 ${city}` } : null]];
}

/** "#Saint-Étienne" → "#SaintÉtienne": words joined, capitalised, accents kept. */
export function townHashtag(city: string): string | null {
  const words = city.normalize('NFC').split(/[^\p{L}\p{M}\p{N}]+/u);
  const tag = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  return /\p{L}/u.test(tag) ? `#${tag}` : null;
}

/** The hashtag line: topic words, town, trade, family, generic; de-duplicated, counted. */
function hashtagLine(post: Post, topics: readonly string[]): Part[] {
  const { platform, company } = post.context;
  const rule = PLATFORM_RULES[platform].hashtags;
  const own = post.used.flatMap(findHashtags).map((tag) => tag.toLowerCase());
  const seen = new Set(own);
  const town = townHashtag(company.city);
  const townIsNew = town !== null && !seen.has(town.toLowerCase());
  // Bank words cannot be compared with typed hashtags here (the language is unknown): when the
  // artisan typed some, add only the town and what the platform's minimum still needs.
  const wanted =
    own.length === 0
      ? Math.min(rule.max, Math.max(rule.min, HASHTAG_TARGET[platform]))
      : Math.max(rule.min - own.length, townIsNew && own.length < rule.max ? 1 : 0);
  if (wanted <= 0) return [];
  const parts: Part[] = [];
  const add = (part: Part, id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    parts.push(part);
  };
  if (town && own.length > 0) add({ text: town }, town.toLowerCase());
  for (const key of topics) add({ key }, key);
  if (town) add({ text: town }, town.toLowerCase());
  if (company.trade) add({ key: `hashtags.trade.${company.trade}` }, company.trade);
  for (let i = 0; i < FAMILY_HASHTAGS; i++) {
    add({ key: `hashtags.family.${post.family}.${i}` }, `family${i}`);
  }
  for (let i = 0; i < GENERIC_HASHTAGS; i++) add({ key: `hashtags.generic.${i}` }, `generic${i}`);
  return parts.slice(0, wanted);
}

// ── Questions ────────────────────────────────────────────────────────────────────────────────

function platformQuestion(initial: PostPlatform): Question {
  return { id: 'platform', kind: 'single', options: POST_PLATFORMS, initial };
}

function chips(id: string, options: readonly string[], initial?: string): Question {
  return initial === undefined
    ? { id, kind: 'single', options, optional: true }
    : { id, kind: 'single', options, initial, optional: true };
}

function several(id: string, options: readonly string[], max: number): Question {
  return { id, kind: 'multiple', options, max, optional: true };
}

function typedText(id: string, maxLength: number, when?: Question['when']): Question {
  return when
    ? { id, kind: 'text', maxLength, optional: true, when }
    : { id, kind: 'text', maxLength, optional: true };
}

function dateQuestion(id: string, when?: Question['when']): Question {
  return when ? { id, kind: 'date', optional: true, when } : { id, kind: 'date', optional: true };
}

const CTA_OPTIONS = ['contact', 'call', 'message', 'visit', 'none'] as const;

// ── Templates ────────────────────────────────────────────────────────────────────────────────

interface PostSpec {
  id: string;
  trades: readonly TradeFamily[];
  baselineMinutes: number;
  /** The platform proposed first. */
  platform: PostPlatform;
  questions: readonly Question[];
  /** The call-to-action chip proposed, or null when the format has its own ending. */
  cta: (typeof CTA_OPTIONS)[number] | null;
  body(post: Post): Paragraph[];
  /** Bank keys of the format's own hashtags, placed first. */
  topics(post: Post): string[];
}

function socialTemplate(spec: PostSpec): TemplateDefinition {
  const questions: Question[] = [
    platformQuestion(spec.platform),
    ...spec.questions,
    ...(spec.cta ? [chips('cta', CTA_OPTIONS, spec.cta)] : []),
    toneQuestion,
    signerQuestion,
  ];
  return {
    id: spec.id,
    family: 'social',
    kind: 'social-post',
    trades: spec.trades,
    baselineMinutes: spec.baselineMinutes,
    category: 'communication',
    platforms: [spec.platform, ...POST_PLATFORMS.filter((p) => p !== spec.platform)],
    questions,
    compose(answers, context) {
      const post = createPost(answers, context, questions);
      const body = spec.body(post);
      return [
        ...body,
        [spec.cta ? callToAction(post) : null],
        ...localParagraphs(post),
        [signature(answers, context)],
        post.google ? [] : hashtagLine(post, spec.topics(post)),
      ];
    },
  };
}

const ALL = TRADE_FAMILIES;
const consentGiven = (answers: Answers) => answers.consent === 'yes';

const beforeAfter = socialTemplate({
  id: 'post-before-after',
  trades: ['building', 'services', 'production'],
  baselineMinutes: 15,
  platform: 'instagram',
  questions: [
    typedText('subject', 80),
    chips('before', ['worn', 'dated', 'damaged', 'impractical']),
    several('result', ['bright', 'modern', 'likeNew', 'practical', 'lasting'], 2),
    chips('duration', ['hours', 'day', 'days', 'week', 'weeks']),
    typedText('detail', 150),
  ],
  cta: 'contact',
  body: (post) => {
    const subject = post.text('subject');
    return [
      [post.say('phrases.beforeAfter.hook')],
      [
        subject ? post.say('phrases.beforeAfter.subject', { subject }) : null,
        chipPart(post, 'phrases.beforeAfter.before', 'before'),
      ],
      [
        listPart(post, 'phrases.beforeAfter.result', post.list('result')),
        chipPart(post, 'phrases.beforeAfter.duration', 'duration'),
        post.sentence('detail'),
      ],
      [post.social ? post.say('phrases.beforeAfter.ask') : null],
    ];
  },
  topics: () => ['hashtags.topic.beforeAfter'],
});

const jobStory = socialTemplate({
  id: 'post-job-story',
  trades: ALL,
  baselineMinutes: 20,
  platform: 'instagram',
  questions: [
    chips('challenge', ['request', 'deadline', 'difficulty', 'occasion', 'first']),
    several(
      'approach',
      ['listening', 'precision', 'patience', 'teamwork', 'materials', 'tradition'],
      2,
    ),
    chips('outcome', ['delighted', 'onTime', 'proud', 'thanks']),
    typedText('story', 150),
  ],
  cta: 'contact',
  body: (post) => [
    [post.say('phrases.story.hook')],
    [chipPart(post, 'phrases.story.challenge', 'challenge'), post.sentence('story')],
    [
      ...post.list('approach').map((id) => post.say(`phrases.story.approach.${id}`)),
      chipPart(post, 'phrases.story.outcome', 'outcome'),
    ],
  ],
  topics: () => ['hashtags.topic.story'],
});

const tip = socialTemplate({
  id: 'post-tip',
  trades: ALL,
  baselineMinutes: 12,
  platform: 'instagram',
  questions: [
    chips('topic', ['maintenance', 'choosing', 'mistake', 'season'], 'maintenance'),
    typedText('tip', 150),
    chips('benefit', ['lasts', 'saves', 'safer', 'nicer']),
  ],
  cta: 'message',
  body: (post) => {
    const topic = post.choice('topic') || 'maintenance';
    return [
      [post.say(`phrases.tip.hook.${topic}`)],
      [
        post.sentence('tip') ?? post.say(`phrases.tip.body.${topic}.${post.family}`),
        chipPart(post, 'phrases.tip.benefit', 'benefit'),
      ],
      [post.social ? post.say('phrases.tip.ask') : null],
    ];
  },
  topics: () => ['hashtags.topic.tip'],
});

/** Occasions proposed to each trade family, in calendar order. */
export const SEASONAL_OCCASIONS: Record<TradeFamily, readonly string[]> = {
  food: [
    'galette',
    'candlemas',
    'valentine',
    'easter',
    'mothersDay',
    'summerClosing',
    'backToSchool',
    'christmas',
    'newYear',
  ],
  building: [
    'springWorks',
    'summerWorks',
    'summerClosing',
    'heatingCheck',
    'roofCheck',
    'christmas',
    'newYear',
  ],
  services: [
    'valentine',
    'mothersDay',
    'fathersDay',
    'beforeHolidays',
    'summerClosing',
    'backToSchool',
    'christmas',
    'newYear',
  ],
  production: [
    'valentine',
    'craftDays',
    'mothersDay',
    'fathersDay',
    'summerClosing',
    'christmas',
    'newYear',
  ],
};

function seasonal(family: TradeFamily): TemplateDefinition {
  const occasions = SEASONAL_OCCASIONS[family];
  const first = occasions[0] ?? 'newYear';
  const closing = (answers: Answers) => answers.occasion === 'summerClosing';
  return socialTemplate({
    id: `post-seasonal-${family}`,
    trades: [family],
    baselineMinutes: 12,
    platform: 'instagram',
    questions: [
      chips('occasion', occasions, first),
      dateQuestion('from', closing),
      dateQuestion('until', closing),
      typedText('product', 100, (answers) => !closing(answers)),
    ],
    cta: 'contact',
    body: (post) => {
      const occasion = post.choice('occasion') || first;
      const product = occasion === 'summerClosing' ? '' : post.text('product');
      return [
        [post.say(`phrases.seasonal.${occasion}.hook`)],
        [
          post.say(`phrases.seasonal.${occasion}.body`),
          product ? post.say('phrases.seasonal.product', { product }) : null,
        ],
        [occasion === 'summerClosing' ? closedDates(post) : null],
      ];
    },
    topics: (post) => [`hashtags.season.${post.choice('occasion') || first}`],
  });
}

function offerHook(post: Post): Part {
  const on = post.text('on');
  const suffix = on ? 'On' : '';
  switch (post.choice('offerKind')) {
    case 'percent': {
      const percent = answerNumber(post.answers, 'percent');
      if (percent === undefined || !(percent > 0 && percent < 100)) break;
      return post.say(`phrases.offer.hook.percent${suffix}`, { percent, on });
    }
    case 'amount': {
      const amount = answerNumber(post.answers, 'amount');
      if (amount === undefined || !(amount > 0 && Number.isFinite(amount))) break;
      return post.say(`phrases.offer.hook.amount${suffix}`, { amount, on });
    }
    case 'gift': {
      const gift = post.text('gift');
      if (gift) return post.say(`phrases.offer.hook.gift${suffix}`, { gift, on });
      break;
    }
  }
  return post.say(`phrases.offer.hook.plain${suffix}`, { on });
}

const offer = socialTemplate({
  id: 'post-offer',
  trades: ALL,
  baselineMinutes: 15,
  platform: 'google-post',
  questions: [
    chips('offerKind', ['percent', 'amount', 'gift'], 'percent'),
    {
      id: 'percent',
      kind: 'number',
      min: 5,
      max: 90,
      initial: 10,
      when: (a) => a.offerKind === 'percent',
    },
    {
      id: 'amount',
      kind: 'number',
      min: 5,
      max: 5000,
      initial: 20,
      when: (a) => a.offerKind === 'amount',
    },
    typedText('gift', 80, (a) => a.offerKind === 'gift'),
    typedText('on', 100),
    chips('audience', ['everyone', 'newCustomers', 'regulars']),
    dateQuestion('endDate'),
  ],
  cta: 'contact',
  body: (post) => {
    const end = post.day('endDate');
    return [
      [
        offerHook(post),
        end === undefined ? null : post.say('phrases.dates.offerUntil', dateVars('end', end)),
      ],
      [
        chipPart(post, 'phrases.offer.audience', 'audience'),
        post.say(`phrases.offer.body.${post.family}`),
      ],
      [post.say('phrases.offer.terms')],
    ];
  },
  topics: () => ['hashtags.topic.offer'],
});

function applyPart(post: Post): Part {
  const { phone, email } = post.context.company;
  const how = post.choice('apply') || 'message';
  if ((how === 'call' && !phone.trim()) || (how === 'email' && !email.trim())) {
    return post.say('phrases.hiring.apply.message');
  }
  return post.say(`phrases.hiring.apply.${how}`);
}

const hiring = socialTemplate({
  id: 'post-hiring',
  trades: ALL,
  baselineMinutes: 20,
  platform: 'instagram',
  questions: [
    chips('position', ['apprentice', 'workStudy', 'intern'], 'apprentice'),
    chips('diploma', ['cap', 'bacPro', 'bp', 'bts', 'any']),
    dateQuestion('start'),
    several('qualities', ['motivated', 'punctual', 'careful', 'teamPlayer', 'curious'], 3),
    several('offers', ['training', 'team', 'variety', 'future'], 3),
    chips('apply', ['message', 'call', 'email', 'visit'], 'message'),
    typedText('details', 150),
  ],
  cta: null,
  body: (post) => {
    const start = post.day('start');
    return [
      [post.say(`phrases.hiring.hook.${post.choice('position') || 'apprentice'}`)],
      [
        post.context.company.trade ? post.say('phrases.hiring.trade') : null,
        chipPart(post, 'phrases.hiring.diploma', 'diploma'),
        start === undefined
          ? null
          : post.say('phrases.dates.hiringStart', dateVars('start', start)),
      ],
      [
        listPart(post, 'phrases.hiring.profile', post.list('qualities')),
        listPart(post, 'phrases.hiring.offers', post.list('offers')),
        post.sentence('details'),
      ],
      [applyPart(post)],
      [post.social ? post.say('phrases.hiring.share') : null],
    ];
  },
  topics: (post) => [
    'hashtags.topic.hiring',
    `hashtags.position.${post.choice('position') || 'apprentice'}`,
  ],
});

const EVENTS = ['closure', 'holidays', 'openDay', 'fair', 'newHours', 'anniversary'] as const;
const isClosing = (event: unknown) => event === 'closure' || event === 'holidays';
const isOuting = (event: unknown) => event === 'openDay' || event === 'fair';

function eventWhen(post: Post, event: string): Part | null {
  if (isClosing(event)) return closedDates(post);
  if (event === 'newHours') {
    const from = post.day('from');
    return from === undefined
      ? null
      : post.say('phrases.dates.startingFrom', dateVars('from', from));
  }
  return eventDates(post);
}

const event = socialTemplate({
  id: 'post-event',
  trades: ALL,
  baselineMinutes: 12,
  platform: 'google-post',
  questions: [
    chips('event', EVENTS, 'closure'),
    dateQuestion('from'),
    dateQuestion('until', (a) => a.event !== 'newHours'),
    typedText('place', 100, (a) => isOuting(a.event)),
    { ...chips('emergency', ['yes', 'no'], 'no'), when: (a) => isClosing(a.event) },
    typedText('details', 150),
  ],
  cta: 'none',
  body: (post) => {
    const kind = post.choice('event') || 'closure';
    const place = isOuting(kind) ? post.text('place') : '';
    const urgent = isClosing(kind) && post.choice('emergency') === 'yes';
    return [
      [post.say(`phrases.event.hook.${kind}`)],
      [eventWhen(post, kind), place ? post.say('phrases.event.place', { place }) : null],
      [post.say(`phrases.event.body.${kind}`), post.sentence('details')],
      [urgent && post.context.company.phone.trim() ? post.say('phrases.event.emergency') : null],
    ];
  },
  topics: (post) => [`hashtags.event.${post.choice('event') || 'closure'}`],
});

function stars(post: Post): Part | null {
  const rating = answerNumber(post.answers, 'rating');
  if (rating === undefined || !Number.isFinite(rating)) return null;
  const full = Math.min(5, Math.max(1, Math.round(rating)));
  return { text: '★'.repeat(full) + '☆'.repeat(5 - full) };
}

const testimonial = socialTemplate({
  id: 'post-testimonial',
  trades: ALL,
  baselineMinutes: 12,
  platform: 'instagram',
  questions: [
    { id: 'consent', kind: 'single', options: ['yes', 'no'] },
    { ...typedText('quote', 150), when: consentGiven },
    { ...customerNameQuestion, when: consentGiven },
    { id: 'rating', kind: 'rating', optional: true, when: consentGiven },
    typedText('about', 80),
  ],
  cta: 'contact',
  body: (post) => {
    const about = post.text('about');
    const context = about ? post.say('phrases.testimonial.about', { about }) : null;
    // The customer's words and name are read only with their consent: nothing leaks otherwise.
    const quote = post.choice('consent') === 'yes' ? answerText(post.answers, 'quote') : '';
    if (!quote) {
      return [
        [post.say('phrases.testimonial.generic.hook')],
        [post.say('phrases.testimonial.generic.body'), context],
        [post.say('phrases.testimonial.invite')],
      ];
    }
    const name = post.text('customerName');
    const words = post.google ? quote.replace(/#(?=[\p{L}\p{N}_])/gu, '') : quote;
    post.used.push(words);
    return [
      [post.say('phrases.testimonial.hook')],
      [post.say('phrases.testimonial.quote', { quote: words }), stars(post)],
      [name ? post.say('phrases.testimonial.by', { name }) : null],
      [context, post.say('phrases.testimonial.thanks')],
    ];
  },
  topics: () => ['hashtags.topic.testimonial'],
});

const behindTheScenes = socialTemplate({
  id: 'post-behind-the-scenes',
  trades: ALL,
  baselineMinutes: 12,
  platform: 'instagram',
  questions: [
    chips('moment', ['morning', 'tools', 'materials', 'team', 'detail', 'learning'], 'morning'),
    typedText('text', 150),
  ],
  cta: 'none',
  body: (post) => [
    [post.say('phrases.scenes.hook')],
    [
      post.say(`phrases.scenes.moment.${post.choice('moment') || 'morning'}`),
      post.sentence('text'),
    ],
    [post.social ? post.say('phrases.scenes.ask') : null],
  ],
  topics: () => ['hashtags.topic.scenes'],
});

/** Every social post format, for the template picker (filtered by the artisan's trade family). */
export const SOCIAL_TEMPLATES: readonly TemplateDefinition[] = [
  beforeAfter,
  jobStory,
  tip,
  ...TRADE_FAMILIES.map(seasonal),
  offer,
  hiring,
  event,
  testimonial,
  behindTheScenes,
];
