// Social posts: structure only, every word is in locales/<lang>/social.json.
import { TRADE_FAMILIES } from '../../../domain/trades';
import type { TemplateDefinition } from '../../types';
import { seasonal, tip } from './advice';
import { offer, testimonial } from './commerce';
import { event, hiring } from './news';
import { beforeAfter, behindTheScenes, jobStory } from './showcase';

/** Every social post format, in the catalogue's order. */
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
