// Composition speed of every bundled template (budget: ≤ 5 ms each, design.md), measured in
// Node with the real phrase banks, the grammar and the typography. Not a test: it reports
// numbers for `npm run bench`.
import { performance } from 'node:perf_hooks';
import { REVIEW_TEMPLATES } from '../src/templates/catalogue/reviews';
import { SOCIAL_TEMPLATES } from '../src/templates/catalogue/social';
import { composeText } from '../src/templates/engine';
import { phraseBank } from '../src/templates/testing/banks';
import { sampleContext, typicalAnswers } from '../src/templates/testing/samples';

/** The slowest template's median and worst composition times, in milliseconds. */
export interface ComposeTiming {
  templates: number;
  slowestId: string;
  medianMs: number;
  maxMs: number;
}

const RUNS = 200;
const TEMPLATES = [...REVIEW_TEMPLATES, ...SOCIAL_TEMPLATES];

/** Composes each template RUNS times (after a warm-up) and returns the slowest one's timings. */
export function measureCompose(): ComposeTiming {
  let slowest: ComposeTiming = {
    templates: TEMPLATES.length,
    slowestId: '',
    medianMs: 0,
    maxMs: 0,
  };
  for (const template of TEMPLATES) {
    const context = sampleContext({
      language: 'fr',
      platform: template.platforms[0] ?? 'instagram',
      trade: 'plasterer-painter',
      city: 'Le Mans',
    });
    const bank = phraseBank('fr', template.family);
    const answers = typicalAnswers(template, context);
    for (let i = 0; i < 20; i += 1)
      composeText(template, answers, context, bank, { seed: `w${i}` });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      composeText(template, answers, context, bank, { seed: `document-${i}`, variant: i });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const medianMs = times[Math.floor(times.length / 2)] ?? 0;
    const maxMs = times[times.length - 1] ?? 0;
    if (medianMs > slowest.medianMs) {
      slowest = { templates: TEMPLATES.length, slowestId: template.id, medianMs, maxMs };
    }
  }
  return slowest;
}
