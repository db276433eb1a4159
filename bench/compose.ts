// Composition speed of every bundled template (budget: ≤ 5 ms each, design.md), measured in
// Node with the real phrase banks. Not a test: it reports numbers for `npm run bench`.
import { performance } from 'node:perf_hooks';
import { TEMPLATES } from '../src/templates/catalogue';
import { composeText } from '../src/templates/engine';
import { testTranslator } from '../src/templates/testing';
import type { ComposeContext } from '../src/templates/types';

/** The slowest template's median and worst composition times, in milliseconds. */
export interface ComposeTiming {
  templates: number;
  slowestId: string;
  medianMs: number;
  maxMs: number;
}

const RUNS = 200;

/** Composes each template RUNS times (after a warm-up) and returns the slowest one's timings. */
export function measureCompose(): ComposeTiming {
  let slowest: ComposeTiming = {
    templates: TEMPLATES.length,
    slowestId: '',
    medianMs: 0,
    maxMs: 0,
  };
  for (const template of TEMPLATES) {
    const t = testTranslator('fr', template.family);
    const context: ComposeContext = {
      company: {
        name: 'Plâtrerie Martin',
        phone: '04 78 12 34 56',
        email: 'contact@platrerie-martin.fr',
        city: 'Lyon',
        trade: 'plasterer-painter',
      },
      tone: 'vous',
      platform: template.platforms[0] ?? 'instagram',
    };
    const answers = { customerName: 'Marie', detail: 'la cuisine repeinte en vert sauge' };
    for (let i = 0; i < 20; i += 1) composeText(template, answers, context, t, i);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      composeText(template, answers, context, t, i);
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
