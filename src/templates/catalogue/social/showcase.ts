// Posts that show the work: a before/after, the story of a job, behind the scenes.
import type { Composition } from '../../composition';
import { multiple, single, typed } from '../../questions';
import type { Paragraph } from '../../types';
import { byFamily } from '../shared';
import { AFTER, BEFORE, MOMENTS } from './options';
import { endsWithCall, socialTemplate } from './post';

/**
 * A question to the audience, where people comment (Instagram, Facebook), unless the post ends
 * with a call to action: one post, one thing asked of the reader.
 */
export function askAudience(c: Composition, path: string): Paragraph {
  const social = c.scope.platform === 'instagram' || c.scope.platform === 'facebook';
  return [social && !endsWithCall(c) ? c.say(path) : null];
}

const onLinkedin = (c: Composition) => c.scope.platform === 'linkedin';

/** Before/after: the subject, how it was, how it is, how long it took. */
export const beforeAfter = socialTemplate({
  id: 'post-before-after',
  questions: [
    typed('subject', 80),
    single('before', byFamily(BEFORE)),
    multiple('result', byFamily(AFTER), 2),
    single('duration', ['hours', 'day', 'days', 'week', 'weeks']),
    typed('detail', 150),
  ],
  cta: true,
  body(c) {
    const subject = c.text('subject');
    const hook = subject
      ? c.say('beforeAfter.hookSubject', { subject })
      : c.say('beforeAfter.hook');
    if (onLinkedin(c)) {
      // A professional account: what was at stake, how, the result, and what it teaches.
      const before = c.choice('before');
      return [
        [hook],
        [
          before
            ? c.say('beforeAfter.stake', { state: c.word(`beforeAfter.state.${before}`) })
            : c.say('beforeAfter.stakeNone'),
        ],
        [c.chip('duration', 'beforeAfter.method', 'beforeAfter.method.none'), c.sentence('detail')],
        [c.listOf('beforeAfter.outcome', 'beforeAfter.after', c.list('result'))],
        [c.say('beforeAfter.lesson')],
      ];
    }
    return [
      [hook],
      [
        c.chip('before', 'beforeAfter.before'),
        c.listOf('beforeAfter.result', 'beforeAfter.after', c.list('result')),
        c.chip('duration', 'beforeAfter.duration'),
        c.sentence('detail'),
      ],
      askAudience(c, 'beforeAfter.ask'),
    ];
  },
  linkedinClosing: () => 'beforeAfter.closing',
  linkedinCall: 'beforeAfter.linkedinCall',
  topics: () => ['topic.beforeAfter'],
});

/** The story of a job: the challenge, how it was met, how it ended; never empty. */
export const jobStory = socialTemplate({
  id: 'post-job-story',
  questions: [
    single('challenge', ['request', 'deadline', 'difficulty', 'occasion', 'first']),
    multiple(
      'approach',
      ['listening', 'precision', 'patience', 'teamwork', 'materials', 'tradition'],
      2,
    ),
    single('outcome', ['delighted', 'onTime', 'proud', 'thanks']),
    typed('story', 150),
  ],
  cta: true,
  body(c) {
    const approach = c.chips('approach', 'story.approach');
    const linkedin = onLinkedin(c);
    return [
      [c.say('story.hook')],
      [
        // LinkedIn names what was at stake; elsewhere the story just begins.
        c.chip(
          'challenge',
          linkedin ? 'story.stake' : 'story.challenge',
          `${linkedin ? 'story.stake' : 'story.challenge'}.none`,
        ),
        c.sentence('story'),
      ],
      [
        ...(approach.length > 0 ? approach : [c.say('story.approach.none')]),
        c.chip('outcome', 'story.outcome', 'story.outcome.none'),
      ],
      linkedin
        ? [c.chip('challenge', 'story.lesson', 'story.lesson.none')]
        : askAudience(c, 'story.ask'),
    ];
  },
  linkedinClosing: () => 'story.closing',
  linkedinCall: 'story.linkedinCall',
  topics: () => ['topic.story'],
});

/** Behind the scenes: a moment of the day, in the trade's own place. */
export const behindTheScenes = socialTemplate({
  id: 'post-behind-the-scenes',
  questions: [single('moment', byFamily(MOMENTS), { initial: 'morning' }), typed('text', 150)],
  cta: false,
  body: (c) => [
    [c.say('scenes.hook')],
    [c.chip('moment', 'scenes.moment', 'scenes.moment.morning'), c.sentence('text')],
    askAudience(c, 'scenes.ask'),
  ],
  // What the moment shown says about running the business (preparation, equipment, suppliers…).
  linkedinClosing: (c) => `scenes.closing.${c.choice('moment') || 'morning'}`,
  topics: () => ['topic.scenes'],
});
