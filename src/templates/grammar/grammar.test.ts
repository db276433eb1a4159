import { describe, expect, it } from 'vitest';
import { english } from './en';
import { french, startsWithVowelSound } from './fr';
import { finishText } from './index';
import { mark } from './marks';

const NNBSP = '\u202F';
const NBSP = '\u00A0';
const fr = (phrase: string, value: string) => finishText(phrase.replace('{}', mark(value)), 'fr');

describe('French: values joined to the phrase', () => {
  it.each([
    ['au service de {}', 'Annecy', 'au service d’Annecy'],
    ['au service de {}', 'Le Mans', 'au service du Mans'],
    ['à {}', 'Le Mans', 'au Mans'],
    ['à {}', "Les Sables-d'Olonne", 'aux Sables-d’Olonne'],
    ['près de {}', 'Les Sables-d’Olonne', 'près des Sables-d’Olonne'],
    ['à {}', 'La Rochelle', 'à La Rochelle'],
    ['de {}', 'Haguenau', 'de Haguenau'],
    ['de {}', 'Hyères', 'd’Hyères'],
    ['de {}', 'Yvetot', 'd’Yvetot'],
    ['de {}', 'yaourt', 'de yaourt'],
    ['le métier de {}', 'esthéticienne', 'le métier d’esthéticienne'],
    ['au sujet de {}', 'le remplacement du chauffe-eau', 'au sujet du remplacement du chauffe-eau'],
    ['au sujet de {}', 'la coupe', 'au sujet de la coupe'],
    ['se former à {}', 'le métier', 'se former au métier'],
    ['que {}', 'il pleuve', 'qu’il pleuve'],
    ['Que {}', 'une galette', 'Qu’une galette'],
    ['De {}', 'Le Havre', 'Du Havre'],
    ['ce {}', 'atelier', 'cet atelier'],
  ])('« %s » + « %s » → « %s »', (phrase, value, expected) => {
    expect(fr(phrase, value)).toBe(expected);
  });

  it('knows which words start with a vowel sound', () => {
    expect(startsWithVowelSound('Annecy')).toBe(true);
    expect(startsWithVowelSound('hôtel')).toBe(true);
    expect(startsWithVowelSound('hangar')).toBe(false);
    expect(startsWithVowelSound('onze')).toBe(false);
    expect(startsWithVowelSound('Lyon')).toBe(false);
  });

  it('capitalises a value that starts a sentence, but not after a colon', () => {
    expect(fr('Où ? {}.', 'stand 12')).toBe(`Où${NNBSP}? Stand 12.`);
    expect(fr('{} : c’est fait.', 'la cuisine')).toBe(`La cuisine${NBSP}: c’est fait.`);
    expect(fr('Au programme : {}.', 'une salle de bains')).toBe(
      `Au programme${NBSP}: une salle de bains.`,
    );
    expect(fr('{}', 'contact@atelier.fr')).toBe('contact@atelier.fr');
    expect(fr('{}', 'eBay')).toBe('eBay');
  });
});

describe('French typography', () => {
  const t = (text: string) => french.typography(text);

  it('puts the right no-break spaces before punctuation and inside guillemets', () => {
    expect(t('Bonjour ! Ça va ? Oui ; enfin : presque.')).toBe(
      `Bonjour${NNBSP}! Ça va${NNBSP}? Oui${NNBSP}; enfin${NBSP}: presque.`,
    );
    expect(t('Vraiment ?!')).toBe(`Vraiment${NNBSP}?!`);
    expect(t('« Merci »')).toBe(`«${NBSP}Merci${NBSP}»`);
    expect(t('Il a dit "bravo"')).toBe(`Il a dit «${NBSP}bravo${NBSP}»`);
  });

  it('binds numbers to their units, percentages, euros and months', () => {
    expect(t('-15 % sur 20 €, 6 m², 7 h 30, le 1er mai')).toBe(
      `-15${NBSP}% sur 20${NBSP}€, 6${NBSP}m², 7${NBSP}h${NBSP}30, le 1er${NBSP}mai`,
    );
  });

  it('uses curly apostrophes and leaves addresses, times and links alone', () => {
    expect(t("l'atelier d'Annecy")).toBe('l’atelier d’Annecy');
    expect(t('m’ aide')).toBe('m’aide');
    expect(t('https://atelier.fr/?a=1 à 10:30')).toBe('https://atelier.fr/?a=1 à 10:30');
    expect(t('Attendez... ,bon .')).toBe('Attendez…,bon.');
  });
});

describe('dates', () => {
  const may1 = Date.UTC(2026, 4, 1);
  it('writes one day with its weekday and « 1er »', () => {
    expect(french.day(may1)).toBe('vendredi 1er mai');
    expect(english.day(may1)).toBe('Friday 1 May');
  });

  it('writes a range as short as it can', () => {
    expect(french.range(Date.UTC(2026, 7, 4), Date.UTC(2026, 7, 24))).toEqual({
      from: '4',
      until: '24 août',
    });
    expect(french.range(Date.UTC(2026, 6, 28), Date.UTC(2026, 7, 3))).toEqual({
      from: '28 juillet',
      until: '3 août',
    });
    expect(french.range(Date.UTC(2026, 11, 28), Date.UTC(2027, 0, 3))).toEqual({
      from: '28 décembre 2026',
      until: '3 janvier 2027',
    });
    expect(english.range(Date.UTC(2026, 7, 4), Date.UTC(2026, 7, 24))).toEqual({
      from: '4',
      until: '24 August',
    });
  });

  it('formats numbers as each language does', () => {
    expect(french.number(1500)).toBe(`1${NNBSP}500`);
    expect(english.number(1500)).toBe('1,500');
  });
});

describe('English', () => {
  it('takes no space before punctuation, uses curly quotes and « an » before a vowel', () => {
    expect(english.typography('Hello ! Really ? 15 % "great" don\'t')).toBe(
      'Hello! Really? 15% “great” don’t',
    );
    expect(finishText(`Hire a ${mark('apprentice')}`, 'en')).toBe('Hire an apprentice');
    expect(finishText(`Where? ${mark('stand 12')}.`, 'en')).toBe('Where? Stand 12.');
  });
});
