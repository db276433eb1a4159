// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findHashtags } from '../../checks';
import { composeText, missingAnswers } from '../../engine';
import { phraseBank } from '../../testing/banks';
import { SAMPLE_PHONE, sampleContext } from '../../testing/samples';
import type { Answers } from '../../types';
import { SOCIAL_TEMPLATES } from '.';

const find = (id: string) => SOCIAL_TEMPLATES.find((t) => t.id === id)!;
type Options = Parameters<typeof sampleContext>[0];
const compose = (id: string, answers: Answers, options: Partial<Options> = {}) => {
  const ctx = sampleContext({ language: 'fr', platform: 'instagram', ...options });
  return composeText(find(id), answers, ctx, phraseBank(ctx.language, 'social'), { seed: 'post' });
};

describe('social posts', () => {
  it('fold hashtags the way platforms index them, town first after the topic', () => {
    const text = compose('post-before-after', {}, { city: 'Saint-Étienne', trade: 'plumber' });
    expect(findHashtags(text)).toEqual([
      '#avantapres',
      '#saintetienne',
      '#plombier',
      '#chauffagiste',
      '#renovation',
    ]);
    const typed = compose(
      'post-before-after',
      { detail: 'Finition #Déco #peinture' },
      { city: 'Lyon' },
    );
    expect(findHashtags(typed)).toEqual(['#deco', '#peinture', '#avantapres']);
    const google = compose(
      'post-before-after',
      { detail: 'Finition #peinture' },
      { platform: 'google-post' },
    );
    expect(google).not.toContain('#');
    expect(google).toContain('Finition peinture.');
  });

  it('write a one-day closure as one day, and a range as short as it can be', () => {
    const day = compose('post-event', {
      event: 'closure',
      from: '2026-05-01',
      until: '2026-05-01',
    });
    expect(day).toMatch(/le vendredi 1er\u00A0mai/);
    expect(day).not.toMatch(/du vendredi 1er\u00A0mai au/);
    const range = compose('post-event', {
      event: 'holidays',
      from: '2026-08-04',
      until: '2026-08-24',
    });
    expect(range).toContain('du 4 au 24\u00A0août inclus');
    const english = compose(
      'post-event',
      { event: 'closure', from: '2026-05-01' },
      { language: 'en' },
    );
    expect(english).toContain('Friday 1 May');
  });

  it('require the dates of an event and the hours of new opening hours', () => {
    const ctx = sampleContext({ language: 'fr', platform: 'google-post' });
    const missing = (answers: Answers) =>
      missingAnswers(find('post-event'), answers, ctx).map((q) => q.id);
    expect(missing({ event: 'openDay' })).toEqual(['from']);
    expect(missing({ event: 'newHours', from: '2026-09-01' })).toEqual(['hours']);
    expect(missing({ event: 'newHours', from: '2026-09-01', hours: 'de 7 h à 19 h' })).toEqual([]);
  });

  it('choose no discount for the artisan: kind, value and end date are required', () => {
    const ctx = sampleContext({ language: 'fr', platform: 'google-post' });
    const missing = (answers: Answers) =>
      missingAnswers(find('post-offer'), answers, ctx).map((q) => q.id);
    expect(missing({})).toEqual(['offerKind', 'endDate']);
    expect(missing({ offerKind: 'percent', endDate: '2026-05-31' })).toEqual(['percent']);
    expect(missing({ offerKind: 'percent', percent: 200, endDate: '2026-05-31' })).toEqual([
      'percent',
    ]);
    expect(missing({ offerKind: 'percent', percent: 15, endDate: '2026-05-31' })).toEqual([]);
    expect(
      compose('post-offer', { offerKind: 'percent', percent: 15, endDate: '2026-05-31' }),
    ).toMatch(/15\u00A0%/);
  });

  it('quote a customer only with consent', () => {
    const words = 'Une équipe au top, chantier impeccable';
    for (const consent of ['no', undefined]) {
      const text = compose('post-testimonial', {
        consent,
        quote: words,
        customerName: 'Zoé',
        rating: 5,
      });
      expect(text).not.toContain('Une équipe au top');
      expect(text).not.toContain('Zoé');
    }
    const text = compose('post-testimonial', {
      consent: 'yes',
      quote: words,
      customerName: 'Zoé',
      rating: 5,
    });
    expect(text).toContain(`«\u00A0${words}\u00A0»`);
    expect(text).toContain('★★★★★');
  });

  it('give the emergency number only for closures, when asked', () => {
    expect(
      compose('post-event', { event: 'holidays', from: '2026-08-04', emergency: 'yes' }),
    ).toContain(SAMPLE_PHONE);
    expect(
      compose('post-event', { event: 'openDay', from: '2026-08-04', emergency: 'yes' }),
    ).not.toContain(SAMPLE_PHONE);
  });

  it('name the trade and the town in plain words on Google, joined by grammar', () => {
    const text = compose(
      'post-tip',
      {},
      { platform: 'google-post', trade: 'plumber', city: 'Le Mans' },
    );
    expect(text).toMatch(/Plomberie et chauffage (au Mans|, au service du Mans)/);
    expect(text).not.toMatch(/#|message/);
  });

  it('write LinkedIn in the first person, without « tu » or a consumer call to action', () => {
    const text = compose('post-hiring', {}, { platform: 'linkedin', tone: 'tu', voice: 'je' });
    expect(text).toMatch(/(?<!\p{L})(je|j’|mon|ma|mes|me|m’)(?!\p{L})/iu);
    expect(text).not.toMatch(/(?<!\p{L})(tu|ton|ta|tes|toi)(?!\p{L})/iu);
  });

  it('ask one thing of the reader: a question to the audience only when no call ends the post', () => {
    for (const platform of ['instagram', 'facebook'] as const) {
      const withCall = compose('post-before-after', { cta: 'call' }, { platform });
      expect(withCall).toContain(SAMPLE_PHONE);
      expect(withCall).not.toMatch(/commentaire|préfér|deviné|idées/u);
      const without = compose('post-before-after', { cta: 'none' }, { platform });
      expect(without).not.toContain(SAMPLE_PHONE);
      expect(without.split('\n\n').some((paragraph) => paragraph.endsWith('?'))).toBe(true);
    }
  });

  it('tell a before/after on LinkedIn as a professional account, closed in its own words', () => {
    const answers = { before: 'worn', result: ['bright'], duration: 'day', cta: 'none' };
    const text = compose('post-before-after', answers, { platform: 'linkedin', trade: 'plumber' });
    expect(text).toMatch(/point de départ|Au départ/u);
    expect(text).toMatch(/leçon|confirme/u);
    expect(text).not.toMatch(/Une entreprise artisanale|Le savoir-faire du bâtiment/u);
  });

  it('write Facebook notices for the neighbourhood, with one practical call and two tags', () => {
    const text = compose(
      'post-event',
      { event: 'closure', from: '2026-05-01' },
      { platform: 'facebook' },
    );
    const instagram = compose('post-event', { event: 'closure', from: '2026-05-01' });
    expect(text.split('\n\n')[0]).not.toBe(instagram.split('\n\n')[0]);
    expect(text).toMatch(/partage|faire passer/u);
    expect(findHashtags(text)).toHaveLength(2);
  });

  it('never leave the job story empty', () => {
    const text = compose('post-job-story', {}, { trade: 'baker' });
    expect(text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });
});
