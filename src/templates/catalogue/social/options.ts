// The chips of social posts, per trade family: a garage is offered a winter-tyres post, never a
// Valentine's promotion; a groomer shows a pet before and after, never "worn by the years".
import type { ByFamily } from '../shared';

/** Calls to action per family, the usual one first (filtered per platform by `ctaOptions`). */
export const CTA_BY_FAMILY: ByFamily = {
  building: ['quote', 'call', 'book', 'message', 'none'],
  food: ['order', 'visit', 'call', 'message', 'none'],
  services: ['book', 'call', 'message', 'visit', 'none'],
  vehicles: ['book', 'call', 'quote', 'message', 'none'],
  animals: ['book', 'call', 'message', 'none'],
  production: ['order', 'visit', 'quote', 'message', 'none'],
  neutral: ['call', 'message', 'visit', 'none'],
};

/** How it looked before. */
export const BEFORE: ByFamily = {
  building: ['worn', 'dated', 'damaged', 'impractical'],
  food: ['raw', 'plain'],
  services: ['tired', 'shapeless', 'dull'],
  vehicles: ['scratched', 'dented', 'dull', 'worn'],
  animals: ['matted', 'overgrown', 'dirty'],
  production: ['worn', 'damaged', 'dated'],
  neutral: ['worn', 'dated', 'damaged'],
};

/** How it looks after (two at most). */
export const AFTER: ByFamily = {
  building: ['bright', 'modern', 'likeNew', 'practical', 'lasting'],
  food: ['festive', 'golden', 'generous'],
  services: ['radiant', 'natural', 'modern', 'easy'],
  vehicles: ['likeNew', 'shiny', 'lasting'],
  animals: ['soft', 'neat', 'comfortable'],
  production: ['likeNew', 'modern', 'lasting'],
  neutral: ['likeNew', 'modern', 'lasting'],
};

/** Occasions proposed to each trade family, in calendar order. */
export const SEASONAL_OCCASIONS: ByFamily = {
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
  building: ['springWorks', 'summerWorks', 'summerClosing', 'heatingCheck', 'roofCheck', 'newYear'],
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
  vehicles: ['airCon', 'holidayCheck', 'summerClosing', 'winterTyres', 'newYear'],
  animals: ['springMoult', 'summerHeat', 'beforeHolidays', 'summerClosing', 'christmas', 'newYear'],
  production: [
    'valentine',
    'craftDays',
    'mothersDay',
    'fathersDay',
    'summerClosing',
    'christmas',
    'newYear',
  ],
  neutral: ['summerClosing', 'newYear'],
};

/** What the behind-the-scenes post shows. */
export const MOMENTS: ByFamily = {
  building: ['morning', 'tools', 'materials', 'team', 'detail', 'learning'],
  food: ['morning', 'materials', 'team', 'detail', 'learning'],
  services: ['morning', 'tools', 'materials', 'team', 'learning'],
  vehicles: ['morning', 'tools', 'detail', 'team', 'learning'],
  animals: ['morning', 'tools', 'materials', 'team', 'learning'],
  production: ['morning', 'tools', 'materials', 'detail', 'learning'],
  neutral: ['morning', 'tools', 'team', 'learning'],
};

/** Who an offer is for. */
export const AUDIENCES = ['everyone', 'newCustomers', 'regulars'] as const;

/** The trainings an apprentice can prepare. */
export const DIPLOMAS = ['cap', 'bacPro', 'bp', 'bts', 'any'] as const;
