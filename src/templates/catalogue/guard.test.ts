// @vitest-environment node
// The guard of every phrase bank: each template, on each of its platforms, in each language,
// tone and voice, for a trade of every family and towns that elide, with many answer sets, must
// give a text an editor would publish as it is: no repeated phrase (three words twice), French
// and English typography and grammar, the right persons, the platform's register. A new phrase
// that breaks a rule in any combination of wordings fails here.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/languages';
import { VOICES } from '../../domain/voice';
import { checkText } from '../checks';
import { composeText, explainComposition, scopeOf, visibleQuestions } from '../engine';
import { auditText, echoedWords, repeatedTrigrams, sharedTrigrams } from '../testing/audit';
import { phraseBank } from '../testing/banks';
import {
  answerSets,
  SAMPLE_CITIES,
  SAMPLE_EMAIL,
  SAMPLE_PHONE,
  SAMPLE_TRADES,
  sampleContext,
  typicalAnswers,
} from '../testing/samples';
import type { Answers, ComposeContext, TemplateDefinition, Tone } from '../types';
import { REVIEW_TEMPLATES } from './reviews';
import { SOCIAL_TEMPLATES } from './social';

const TEMPLATES: readonly TemplateDefinition[] = [...REVIEW_TEMPLATES, ...SOCIAL_TEMPLATES];
const TONES: readonly Tone[] = ['vous', 'tu'];

/** A post's paragraphs without its hashtag line, the pin and the signature (shared by design). */
function bodyOf(text: string): string[] {
  return text
    .split('\n\n')
    .filter((paragraph) => !paragraph.startsWith('#') && !paragraph.startsWith('📍'))
    .slice(0, -1);
}
// Thousands of texts per template: longer than a unit test, still seconds on a laptop.
const SLOW = { timeout: 120_000 };

/**
 * Every profile a template is composed for: each language, platform, tone and voice, each with
 * three trades (every sample trade and town comes round across the tones and voices).
 */
function contexts(definition: TemplateDefinition): ComposeContext[] {
  const found: ComposeContext[] = [];
  for (const language of LANGUAGES) {
    for (const platform of definition.platforms) {
      let turn = 0;
      for (const tone of TONES) {
        for (const voice of VOICES) {
          for (let i = 0; i < 3; i++, turn++) {
            const trade = SAMPLE_TRADES[turn % SAMPLE_TRADES.length] ?? '';
            const city = SAMPLE_CITIES[turn % SAMPLE_CITIES.length];
            found.push(sampleContext({ language, platform, tone, voice, trade, city }));
          }
        }
      }
    }
  }
  return found;
}

/**
 * What the text did not choose, so its words may come back: what the artisan typed, the company
 * and the town (« Atelier Durand » may sign a text that speaks of the workshop).
 */
function givenWords(
  definition: TemplateDefinition,
  answers: Answers,
  context: ComposeContext,
): string[] {
  const typed = visibleQuestions(definition, answers, context)
    .filter((question) => question.kind === 'text')
    .map((question) => String(answers[question.id] ?? ''));
  return [...typed, context.company.name, context.company.city, context.company.email];
}

const label = (context: ComposeContext) =>
  `${context.language}/${context.platform}/${context.tone}/${context.company.voice}/${context.company.trade || 'no trade'}/${context.company.city || 'no town'}`;

describe.each(TEMPLATES.map((definition) => [definition.id, definition] as const))(
  '%s',
  (_, definition) => {
    it(
      'composes texts an editor would publish as they are, for every profile and answer',
      SLOW,
      () => {
        const problems = new Set<string>();
        for (const context of contexts(definition)) {
          const bank = phraseBank(context.language, definition.family);
          answerSets(definition, context).forEach((answers, index) => {
            const missing: string[] = [];
            const text = composeText(definition, answers, context, bank, {
              seed: `document-${index}`,
              onMissing: (what) => missing.push(what),
            });
            const found = [
              ...missing.map((what) => `missing ${what}`),
              ...auditText(text, context.language, scopeOf(context), context.platform),
              ...echoedWords(text, givenWords(definition, answers, context)),
            ];
            const check = checkText(text, context.platform, {
              allow: [SAMPLE_PHONE, SAMPLE_EMAIL],
            });
            for (const finding of check.findings) {
              if (finding.code !== 'over-recommended') found.push(`check ${finding.code}`);
            }
            if (text.trim().length < 40) found.push('too short');
            for (const problem of found) {
              problems.add(`${label(context)} ${JSON.stringify(answers)}: ${problem}\n${text}`);
            }
          });
        }
        expect(problems.size, [...problems].slice(0, 12).join('\n\n')).toBe(0);
      },
    );

    it('never repeats three words, whichever wordings meet in a text', SLOW, () => {
      const problems = new Set<string>();
      // The same parts meet again and again across answer sets: each pair is compared once.
      const compared = new Set<string>();
      for (const context of contexts(definition)) {
        const bank = phraseBank(context.language, definition.family);
        for (const answers of answerSets(definition, context)) {
          const parts = explainComposition(definition, answers, context, bank)
            .flat()
            .map((part) => ({ ...part, id: `${part.key}|${part.wordings.join('|')}` }));
          parts.forEach((part, i) => {
            if (!compared.has(part.id)) {
              compared.add(part.id);
              for (const wording of part.wordings) {
                for (const trigram of repeatedTrigrams(wording)) {
                  problems.add(`${label(context)} ${part.key}: « ${trigram} » in « ${wording} »`);
                }
              }
            }
            for (const other of parts.slice(i + 1)) {
              const pair = `${part.id}\u0000${other.id}`;
              if (other.key === part.key || compared.has(pair)) continue;
              compared.add(pair);
              for (const a of part.wordings) {
                for (const b of other.wordings) {
                  for (const trigram of sharedTrigrams(a, b)) {
                    problems.add(`${label(context)} « ${trigram} »: « ${a} » / « ${b} »`);
                  }
                }
              }
            }
          });
        }
      }
      expect(problems.size, [...problems].slice(0, 12).join('\n\n')).toBe(0);
    });

    it(
      'gives at least six texts through "another wording", each different from the last',
      SLOW,
      () => {
        for (const language of LANGUAGES) {
          for (const trade of ['', 'baker', 'plumber'] as const) {
            const context = sampleContext({ language, platform: definition.platforms[0]!, trade });
            const bank = phraseBank(language, definition.family);
            for (const answers of [{}, typicalAnswers(definition, context)]) {
              const texts: string[] = [];
              for (let variant = 0; variant < 8; variant++) {
                texts.push(
                  composeText(definition, answers, context, bank, { seed: 'doc', variant }),
                );
              }
              texts.forEach((text, i) => {
                if (i > 0) expect(text, `${language} ${trade} turn ${i}`).not.toBe(texts[i - 1]);
              });
              expect(new Set(texts).size, `${language} ${trade}`).toBeGreaterThanOrEqual(6);
            }
          }
        }
      },
    );

    it(
      'speaks on LinkedIn and Facebook in their own words, not the Instagram text cut down',
      SLOW,
      () => {
        if (!definition.platforms.includes('instagram')) return;
        const problems: string[] = [];
        for (const language of LANGUAGES) {
          for (const platform of ['linkedin', 'facebook'] as const) {
            if (!definition.platforms.includes(platform)) continue;
            for (const trade of SAMPLE_TRADES) {
              const own = sampleContext({ language, platform, trade });
              const instagram = sampleContext({ language, platform: 'instagram', trade });
              const bank = phraseBank(language, definition.family);
              const answers = typicalAnswers(definition, own);
              for (let i = 0; i < 12; i++) {
                const wording = { seed: `doc-${i}` };
                const mine = bodyOf(composeText(definition, answers, own, bank, wording));
                const theirs = bodyOf(composeText(definition, answers, instagram, bank, wording));
                const shared = mine.filter((paragraph) => theirs.includes(paragraph));
                if (mine[0] === theirs[0] || shared.length === mine.length) {
                  problems.push(
                    `${language}/${platform}/${trade || 'no trade'}: ${mine.join(' / ')}`,
                  );
                }
              }
            }
          }
        }
        expect(problems, problems.slice(0, 6).join('\n')).toEqual([]);
      },
    );

    it('opens two documents alike only rarely', SLOW, () => {
      for (const language of LANGUAGES) {
        const context = sampleContext({
          language,
          platform: definition.platforms[0]!,
          trade: 'plumber',
        });
        const bank = phraseBank(language, definition.family);
        const answers = typicalAnswers(definition, context);
        const openings = new Map<string, number>();
        const documents = 120;
        for (let i = 0; i < documents; i++) {
          const text = composeText(definition, answers, context, bank, { seed: `doc-${i}` });
          // The first sentence after the greeting (« Bonjour Élodie, » is the same for all).
          const body = text.replace(/^(?:Bonjour|Hello)[^\n]*\n\n/u, '');
          const opening = body.split(/(?<=[.!?…:])\s/u)[0] ?? body;
          openings.set(opening, (openings.get(opening) ?? 0) + 1);
        }
        const most = Math.max(...openings.values());
        expect(most / documents, `${language}: ${[...openings.keys()][0]}`).toBeLessThanOrEqual(
          0.45,
        );
      }
    });
  },
);

describe('LinkedIn closings', () => {
  it('close every LinkedIn post on a line of its own: by format, and by kind, moment or consent', () => {
    // Which closing key each format uses on LinkedIn, and every wording those keys can take.
    const keysByFormat = new Map<string, Set<string>>();
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const definition of SOCIAL_TEMPLATES.filter((t) => t.platforms.includes('linkedin'))) {
      const keys = new Set<string>();
      for (const language of LANGUAGES) {
        for (const trade of SAMPLE_TRADES) {
          const context = sampleContext({ language, platform: 'linkedin', trade });
          const bank = phraseBank(language, definition.family);
          for (const answers of answerSets(definition, context)) {
            const closings = explainComposition(definition, answers, context, bank)
              .flat()
              .filter((part) => /\.closing(?:\.|$)/u.test(part.key));
            if (closings.length !== 1) {
              problems.push(`${definition.id} ${JSON.stringify(answers)}: no closing of its own`);
              continue;
            }
            const [closing] = closings;
            if (!closing) continue;
            keys.add(closing.key);
            for (const wording of closing.wordings) {
              const other = owner.get(wording);
              if (other && other !== definition.id) {
                problems.push(`${definition.id} closes like ${other}: « ${wording} »`);
              }
              owner.set(wording, definition.id);
            }
          }
        }
      }
      keysByFormat.set(definition.id, keys);
    }
    expect(problems, problems.slice(0, 6).join('\n')).toEqual([]);
    // A post that shows a moment, an event or a customer closes on what that one means.
    expect(keysByFormat.get('post-behind-the-scenes')?.size).toBeGreaterThanOrEqual(4);
    expect(keysByFormat.get('post-event')?.size).toBe(3);
    expect(keysByFormat.get('post-testimonial')?.size).toBe(2);
  });
});

describe('Facebook notices', () => {
  it('give offers and seasonal posts a middle of their own, not the Instagram paragraph', () => {
    const problems: string[] = [];
    const notices = SOCIAL_TEMPLATES.filter(
      (t) => t.id === 'post-offer' || t.id.startsWith('post-seasonal-'),
    );
    for (const definition of notices) {
      for (const language of LANGUAGES) {
        for (const trade of SAMPLE_TRADES) {
          const facebook = sampleContext({ language, platform: 'facebook', trade });
          const instagram = sampleContext({ language, platform: 'instagram', trade });
          const bank = phraseBank(language, definition.family);
          answerSets(definition, facebook).forEach((answers, i) => {
            const wording = { seed: `doc-${i}` };
            const mine = composeText(definition, answers, facebook, bank, wording).split('\n\n');
            const theirs = composeText(definition, answers, instagram, bank, wording).split('\n\n');
            // The paragraph after the hook: what the offer is for, what the season brings.
            if (mine[1] !== undefined && mine[1] === theirs[1]) {
              problems.push(`${definition.id} ${language}/${trade || 'no trade'}: ${mine[1]}`);
            }
          });
        }
      }
    }
    expect(problems, problems.slice(0, 6).join('\n')).toEqual([]);
  });
});

describe('LinkedIn behind the scenes', () => {
  it('tells every moment in its own professional words, never the Instagram line', () => {
    const scenes = SOCIAL_TEMPLATES.find((t) => t.id === 'post-behind-the-scenes');
    if (!scenes) throw new Error('post-behind-the-scenes is missing');
    const momentOf = (definition: TemplateDefinition, answers: Answers, context: ComposeContext) =>
      explainComposition(definition, answers, context, phraseBank(context.language, 'social'))
        .flat()
        .find((part) => part.key.startsWith('phrases.scenes.moment'));
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      for (const voice of VOICES) {
        for (const trade of SAMPLE_TRADES) {
          const linkedin = sampleContext({ language, platform: 'linkedin', trade, voice });
          const instagram = sampleContext({ language, platform: 'instagram', trade, voice });
          for (const answers of answerSets(scenes, linkedin)) {
            const mine = momentOf(scenes, answers, linkedin)?.wordings ?? [];
            const theirs = momentOf(scenes, answers, instagram)?.wordings ?? [];
            const shared = mine.filter((wording) => theirs.includes(wording));
            if (mine.length === 0 || shared.length > 0) {
              problems.push(`${language}/${voice}/${trade || 'no trade'}: ${shared.join(' / ')}`);
            }
          }
        }
      }
    }
    expect(problems, problems.slice(0, 6).join('\n')).toEqual([]);
  });
});

describe('LinkedIn calls', () => {
  it('end each format on a call of its own, never the one shared by every post', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    const withCall = SOCIAL_TEMPLATES.filter(
      (t) => t.platforms.includes('linkedin') && t.questions.some((q) => q.id === 'cta'),
    );
    expect(withCall.length).toBeGreaterThanOrEqual(4);
    for (const definition of withCall) {
      for (const language of LANGUAGES) {
        for (const trade of SAMPLE_TRADES) {
          const context = sampleContext({ language, platform: 'linkedin', trade });
          const answers = { ...typicalAnswers(definition, context), cta: 'project' };
          const call = explainComposition(
            definition,
            answers,
            context,
            phraseBank(language, 'social'),
          )
            .flat()
            .find((part) => /\.(?:cta|linkedinCall)\./u.test(part.key));
          if (!call || call.key === 'phrases.cta.project') {
            problems.push(`${definition.id} ${language}/${trade || 'no trade'}: shared call`);
            continue;
          }
          for (const wording of call.wordings) {
            const other = owner.get(wording);
            if (other && other !== definition.id)
              problems.push(`${definition.id} calls like ${other}`);
            owner.set(wording, definition.id);
          }
        }
      }
    }
    expect(problems, problems.slice(0, 6).join('\n')).toEqual([]);
  });
});
