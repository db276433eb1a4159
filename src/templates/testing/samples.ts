// Profiles and answer sets that exercise every branch of every template: towns that elide or
// contract (Annecy, Le Mans, Les Sables-d'Olonne, Haguenau, Hyères), every trade family, both
// voices and tones, every chip, one-day and long ranges, texts typed the way artisans type.
import type { Language } from '../../domain/languages';
import type { Trade } from '../../domain/trades';
import type { Voice } from '../../domain/voice';
import type { Platform } from '../checks';
import { visibleQuestions } from '../engine';
import type {
  Answers,
  AnswerValue,
  ComposeContext,
  Question,
  TemplateDefinition,
  Tone,
} from '../types';

/** A trade of every family, and none. */
export const SAMPLE_TRADES: ReadonlyArray<Trade | ''> = [
  '',
  'plumber',
  'baker',
  'beautician',
  'mechanic',
  'pet-groomer',
  'potter',
  'florist',
  'hairdresser',
  'electrician',
];

/** Towns that test elision and contraction, and no town. */
export const SAMPLE_CITIES = [
  'Annecy',
  'Le Mans',
  "Les Sables-d'Olonne",
  'Haguenau',
  'Hyères',
  'La Rochelle',
  'Saint-Étienne',
  '',
];

export const SAMPLE_PHONE = '06 12 34 56 78';
export const SAMPLE_EMAIL = 'contact@atelier-durand.fr';

/** A profile and a destination. */
export function sampleContext(options: {
  language: Language;
  platform: Platform;
  trade?: Trade | '';
  city?: string;
  tone?: Tone;
  voice?: Voice;
  phone?: string;
  email?: string;
  name?: string;
}): ComposeContext {
  return {
    language: options.language,
    company: {
      name: options.name ?? 'Atelier Durand',
      phone: options.phone ?? SAMPLE_PHONE,
      email: options.email ?? SAMPLE_EMAIL,
      city: options.city ?? 'Annecy',
      trade: options.trade ?? 'plumber',
      voice: options.voice ?? 'nous',
    },
    tone: options.tone ?? 'vous',
    platform: options.platform,
  };
}

// What artisans type, in each language: articles, vowels and h to join, no final full stop.
const TYPED: Record<Language, Record<string, string>> = {
  fr: {
    customerName: 'Élodie',
    signer: 'Hugo',
    detail: 'la galette à la frangipane',
    job: 'le remplacement du chauffe-eau',
    subject: 'une salle de bains de 6 m²',
    story: 'un escalier en chêne fait sur mesure',
    tip: 'aérer la pièce dix minutes chaque matin',
    product: 'des galettes briochées',
    gift: 'le déplacement',
    on: 'les bouquets de saison',
    place: 'stand 12',
    details: 'ouvert aussi le dimanche matin',
    quote: 'Un travail soigné et une équipe adorable',
    about: 'la rénovation complète de la cuisine',
    text: 'chaque outil est nettoyé et rangé le soir',
    hours: 'du mardi au samedi, de 7 h à 19 h',
    times: 'de 10 h à 18 h',
  },
  en: {
    customerName: 'Emily',
    signer: 'Hugo',
    detail: 'the almond galette',
    job: 'the new water heater',
    subject: 'a 6 m² bathroom',
    story: 'an oak staircase built to fit',
    tip: 'air the room ten minutes every morning',
    product: 'brioche galettes',
    gift: 'the call-out fee',
    on: 'seasonal bouquets',
    place: 'stand 12',
    details: 'also open on Sunday mornings',
    quote: 'Careful work and lovely people',
    about: 'a full kitchen renovation',
    text: 'every tool is cleaned and put away at night',
    hours: 'Tuesday to Saturday, 7 am to 7 pm',
    times: '10 am to 6 pm',
  },
};

/** Days that test one-day events, ranges within a month, across months and across years. */
export const SAMPLE_DAYS: ReadonlyArray<Record<string, string>> = [
  { from: '2026-05-01', until: '2026-05-01', start: '2026-09-01', endDate: '2026-05-01' },
  { from: '2026-08-04', until: '2026-08-24', start: '2026-09-14', endDate: '2026-03-31' },
  { from: '2026-07-28', until: '2026-08-03', start: '2027-01-04', endDate: '2026-12-24' },
  { from: '2026-12-28', until: '2027-01-03' },
  { from: '2026-06-12' },
];

function typical(question: Question, language: Language): AnswerValue | undefined {
  switch (question.kind) {
    case 'single':
      return question.initial ?? question.options[0];
    case 'multiple':
      return question.options.slice(0, 1);
    case 'text':
      return (
        TYPED[language][question.id] ?? (language === 'fr' ? 'travail soigné' : 'careful work')
      );
    case 'number':
      return Math.min(question.max, Math.max(question.min, 15));
    case 'rating':
      return question.initial ?? 5;
    case 'date':
      return SAMPLE_DAYS[0]?.[question.id] ?? '2026-05-01';
  }
}

/** Answers every visible question typically (conditions re-read as answers arrive). */
export function typicalAnswers(
  definition: TemplateDefinition,
  context: ComposeContext,
  base: Answers = {},
): Record<string, AnswerValue | undefined> {
  const answers: Record<string, AnswerValue | undefined> = { ...base };
  for (let pass = 0; pass < 3; pass++) {
    for (const question of visibleQuestions(definition, answers, context)) {
      if (answers[question.id] === undefined)
        answers[question.id] = typical(question, context.language);
    }
  }
  return answers;
}

/** Answer sets that vary one question of `base` through its chips, stars or max choice. */
function variations(
  definition: TemplateDefinition,
  context: ComposeContext,
  base: Answers,
  only?: (question: Question) => boolean,
): Answers[] {
  const sets: Answers[] = [];
  const platform = context.platform;
  for (const question of visibleQuestions(definition, base, context)) {
    if (question.id === 'platform' || question.id === 'tone' || (only && !only(question))) continue;
    if (question.kind === 'single') {
      for (const option of question.options) {
        sets.push(typicalAnswers(definition, context, { ...base, [question.id]: option }));
      }
    }
    if (question.kind === 'multiple') {
      for (const option of question.options) sets.push({ ...base, [question.id]: [option] });
      sets.push({ ...base, [question.id]: question.options.slice(0, question.max) });
    }
    if (question.kind === 'rating') {
      for (const stars of [1, 2, 3, 4, 5]) {
        sets.push(typicalAnswers(definition, context, { platform, [question.id]: stars }));
      }
    }
  }
  return sets;
}

/**
 * Answer sets for a template in a context: nothing answered, typical answers, each chip in turn
 * (and the chips of questions those chips reveal), each call to action with each other chip,
 * every multiple choice at its max, each star count and each sample of days.
 */
export function answerSets(definition: TemplateDefinition, context: ComposeContext): Answers[] {
  const platform = context.platform;
  const base = typicalAnswers(definition, context, { platform });
  const asked = new Set(visibleQuestions(definition, base, context).map((q) => q.id));
  const first = variations(definition, context, base);
  const revealed = first.flatMap((answers) =>
    variations(definition, context, answers, (question) => !asked.has(question.id)),
  );
  // A phrase may depend on two chips at once (an occasion's own call to action): every call
  // to action meets every other chip.
  const withCalls = first.flatMap((answers) =>
    variations(definition, context, answers, (question) => question.id === 'cta'),
  );
  const sets: Answers[] = [{ platform }, base, ...first, ...revealed, ...withCalls];
  if (asked.has('from')) {
    for (const days of SAMPLE_DAYS) sets.push({ ...base, until: undefined, ...days });
  }
  const unique = new Map(sets.map((answers) => [JSON.stringify(answers), answers]));
  return [...unique.values()];
}
