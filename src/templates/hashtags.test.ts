import { describe, expect, it } from 'vitest';
import { hashtagOf, hashtagsToAdd, tidyTypedHashtags } from './hashtags';

describe('hashtags', () => {
  it('folds words into lower-case tags without accents, hyphens or apostrophes', () => {
    expect(hashtagOf('Saint-Étienne')).toBe('#saintetienne');
    expect(hashtagOf("L'Isle-d'Abeau")).toBe('#lisledabeau');
    expect(hashtagOf('Cœur de Bœuf')).toBe('#coeurdeboeuf');
    expect(hashtagOf('  ')).toBeNull();
    expect(hashtagOf('75')).toBeNull();
  });

  it('tidies typed tags: plain words on Google, folded tags elsewhere', () => {
    expect(tidyTypedHashtags('Finition #Déco', 'google-post')).toBe('Finition Déco');
    expect(tidyTypedHashtags('Finition #Déco #lyon', 'instagram')).toBe('Finition #deco #lyon');
  });

  it('adds what the platform wants, minus the tags the text holds', () => {
    const candidates = [
      '#avantapres',
      'Saint-Étienne',
      '#plombier',
      '#renovation',
      '#travaux',
      '#artisan',
    ];
    expect(hashtagsToAdd('instagram', 'Un texte', candidates)).toEqual([
      '#avantapres',
      '#saintetienne',
      '#plombier',
      '#renovation',
      '#travaux',
    ]);
    expect(hashtagsToAdd('facebook', 'Un texte', candidates)).toHaveLength(2);
    expect(hashtagsToAdd('google-post', 'Un texte', candidates)).toEqual([]);
    // Typed tags count: Instagram wants at least 3, at most 5, never twice the same.
    expect(hashtagsToAdd('instagram', 'Finition #plombier', candidates)).toEqual([
      '#avantapres',
      '#saintetienne',
    ]);
    expect(hashtagsToAdd('instagram', '#a1 #b2 #c3 #d4', candidates)).toEqual(['#avantapres']);
    expect(hashtagsToAdd('instagram', '#a1 #b2 #c3 #d4 #e5', candidates)).toEqual([]);
  });
});
