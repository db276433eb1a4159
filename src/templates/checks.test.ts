import { describe, expect, it } from 'vitest';
import type { Finding, PersonalDataKind } from './checks';
import { checkText, countChars, findHashtags, findPersonalData, PLATFORM_RULES } from './checks';

const codes = (findings: Finding[]) => findings.map((f) => f.code);
const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);
const tags = (n: number) => Array.from({ length: n }, (_, i) => `#chantier${i}`).join(' ');

describe('PLATFORM_RULES', () => {
  it('holds the documented limits', () => {
    expect(PLATFORM_RULES['google-review-reply']).toMatchObject({
      maxLength: 4096,
      recommended: 600,
    });
    expect(PLATFORM_RULES['google-post']).toMatchObject({ maxLength: 1500, visible: 100 });
    expect(PLATFORM_RULES.instagram).toEqual({
      maxLength: 2200,
      visible: 125,
      hashtags: { min: 3, max: 5 },
    });
    expect(PLATFORM_RULES.facebook).toEqual({
      maxLength: 63206,
      visible: 480,
      hashtags: { min: 2, max: 4 },
    });
    expect(PLATFORM_RULES.linkedin).toEqual({
      maxLength: 3000,
      visible: 150,
      hashtags: { min: 1, max: 5 },
    });
  });
});

describe('countChars', () => {
  it.each([
    ['Merci Julie', 11],
    ['Façade rénovée', 14],
    ['e\u0301te\u0301', 3], // decomposed accents (NFD) still count once
    ['👍', 1],
    ['👍🏽', 1], // skin tone modifier
    ['👨‍👩‍👧', 1], // ZWJ family
    ['🇫🇷 Bravo', 7], // flag
  ])('counts %j as %i characters', (text, expected) => {
    expect(countChars(text)).toBe(expected);
  });
});

describe('findHashtags', () => {
  it('finds hashtags in order, accented letters, digits and underscores included', () => {
    expect(findHashtags('Avant/après #rénovation #Île_de_France, #plâtrier. #travaux2026')).toEqual(
      ['#rénovation', '#Île_de_France', '#plâtrier', '#travaux2026'],
    );
  });
  it('ignores #1, C#, URL anchors and HTML entities', () => {
    expect(findHashtags('Le n°#1 en C# : voir site.fr/#contact &#39; #')).toEqual([]);
  });
});

describe('checkText: length', () => {
  it('measures a Google reply in UTF-8 bytes (an accented letter is 2 bytes)', () => {
    expect(checkText('é'.repeat(2048), 'google-review-reply')).toMatchObject({
      length: 4096,
      max: 4096,
      unit: 'bytes',
    });
    expect(codes(checkText('é'.repeat(2048), 'google-review-reply').findings)).not.toContain(
      'too-long',
    );
    expect(checkText('é'.repeat(2049), 'google-review-reply').findings).toContainEqual({
      code: 'too-long',
      length: 4098,
      max: 4096,
      unit: 'bytes',
    });
    // The same number of plain letters is far below the limit.
    expect(codes(checkText('e'.repeat(2049), 'google-review-reply').findings)).not.toContain(
      'too-long',
    );
  });
  it('advises at most 600 characters for a Google reply', () => {
    expect(checkText('a'.repeat(600), 'google-review-reply').findings).toEqual([]);
    expect(checkText('é'.repeat(601), 'google-review-reply').findings).toEqual([
      { code: 'over-recommended', length: 601, recommended: 600 },
    ]);
  });
  it('counts an emoji as one character against a platform limit', () => {
    const ok = checkText('👍'.repeat(2200), 'instagram');
    expect(ok).toMatchObject({ length: 2200, unit: 'chars' });
    expect(codes(ok.findings)).not.toContain('too-long');
    expect(checkText('👍'.repeat(2201), 'instagram').findings).toContainEqual({
      code: 'too-long',
      length: 2201,
      max: 2200,
      unit: 'chars',
    });
  });
  it('flags a Google post over 1,500 characters', () => {
    expect(codes(checkText('a'.repeat(1500), 'google-post').findings)).toEqual([]);
    expect(codes(checkText('a'.repeat(1501), 'google-post').findings)).toEqual(['too-long']);
  });
});

describe('checkText: hashtags', () => {
  it.each([
    ['instagram', 6, { code: 'too-many-hashtags', count: 6, max: 5 }],
    ['instagram', 2, { code: 'too-few-hashtags', count: 2, min: 3 }],
    ['facebook', 5, { code: 'too-many-hashtags', count: 5, max: 4 }],
    ['facebook', 1, { code: 'too-few-hashtags', count: 1, min: 2 }],
    ['linkedin', 0, { code: 'too-few-hashtags', count: 0, min: 1 }],
    ['linkedin', 6, { code: 'too-many-hashtags', count: 6, max: 5 }],
    ['google-post', 1, { code: 'too-many-hashtags', count: 1, max: 0 }],
    ['google-review-reply', 1, { code: 'too-many-hashtags', count: 1, max: 0 }],
  ] as const)('%s with %i hashtags', (platform, n, expected) => {
    expect(checkText(`Chantier fini ! ${tags(n)}`, platform).findings).toEqual([expected]);
  });
  it.each([
    ['instagram', 3],
    ['instagram', 5],
    ['facebook', 2],
    ['linkedin', 1],
    ['google-post', 0],
  ] as const)('%s with %i hashtags is fine', (platform, n) => {
    const result = checkText(`Chantier fini ! ${tags(n)}`, platform);
    expect(result.findings).toEqual([]);
    expect(result.hashtags).toHaveLength(n);
  });
});

describe('findPersonalData: positives', () => {
  it.each([
    '06 12 34 56 78',
    '06.12.34.56.78',
    '0612345678',
    '+33 6 12 34 56 78',
    '+33612345678',
    '01-23-45-67-89',
    '+33 (0)6 12 34 56 78',
    '06\u00A012\u00A034\u00A056\u00A078',
    '+32 470 12 34 56',
  ])('finds the phone %j', (phone) => {
    expect(findPersonalData(`Rappelez-moi au ${phone}, merci.`)).toEqual([
      { code: 'personal-data', kind: 'phone', match: phone, index: 16 },
    ]);
  });
  it.each(['jean.dupont@gmail.com', 'marie-claire+devis@orange.fr', 'contact@élec-martin.fr'])(
    'finds the e-mail %j',
    (email) => {
      expect(findPersonalData(`Écrivez à ${email}.`)).toEqual([
        { code: 'personal-data', kind: 'email', match: email, index: 10 },
      ]);
    },
  );
  it.each([
    '12 rue des Lilas',
    '3 bis avenue Jean Jaurès',
    '45, boulevard Voltaire',
    '7 impasse du Moulin',
    '15 chemin des Vignes',
    '2 allée des Tilleuls',
    '1 place de la Mairie',
    '8 route de Lyon',
    '4 quai Saint-Vincent',
    '10 cours Mirabeau',
    'lieu-dit Les Granges',
    '75011 Paris',
    '12 rue des Lilas 75011 Paris',
  ])('finds the address %j', (address) => {
    expect(findPersonalData(`Chantier au ${address}. Merci !`)).toEqual([
      { code: 'personal-data', kind: 'street-address', match: address, index: 12 },
    ]);
  });
  it('flags a lower-case street name after an unambiguous street type', () => {
    expect(kinds('au 12 rue victor hugo')).toEqual(['street-address']);
  });
  it.each([
    ['Votre mère était malade', 'malade'],
    ['pendant sa maladie', 'maladie'],
    ['Elle est enceinte de six mois', 'enceinte'],
    ['sa grossesse', 'grossesse'],
    ['adapté à son HANDICAP', 'HANDICAP'],
    ['Vous étiez hospitalisée', 'hospitalisée'],
    ["de retour de l'hôpital", 'hôpital'],
    ['son cancer', 'cancer'],
    ['à cause de son diabète', 'diabète'],
    ['son allergie à la poussière', 'allergie'],
    ['Vous êtes allergique', 'allergique'],
    ['sa dépression', 'dépression'],
    ['un traitement médical', 'traitement médical'],
    ['Sorry you were sick', 'sick'],
    ['during your pregnancy', 'pregnancy'],
    ['back from hospital', 'hospital'],
  ])('flags the health detail in %j', (text, match) => {
    expect(findPersonalData(text)).toEqual([
      { code: 'personal-data', kind: 'health', match, index: text.indexOf(match) },
    ]);
  });
  it.each([
    ['Votre procès', 'procès'],
    ['devant le tribunal', 'tribunal'],
    ['votre avocat nous a écrit', 'avocat'],
    ['vous avez porté plainte', 'plainte'],
    ["l'huissier est passé", 'huissier'],
    ['le commissaire de justice', 'commissaire de justice'],
    ['il a été condamné', 'condamné'],
    ['votre mise en demeure', 'mise en demeure'],
    ['your lawsuit', 'lawsuit'],
    ['you took us to court', 'to court'],
    ['a complaint filed last week', 'complaint filed'],
  ])('flags the legal detail in %j', (text, match) => {
    expect(findPersonalData(text)).toEqual([
      { code: 'personal-data', kind: 'legal', match, index: text.indexOf(match) },
    ]);
  });
  it('reports several findings in order, each index pointing at its match', () => {
    const text = 'Merci Julie ! Malgré votre allergie, appelez le 06 12 34 56 78 ou julie@mail.fr.';
    const found = findPersonalData(text);
    expect(found.map((f) => f.kind)).toEqual<PersonalDataKind[]>(['health', 'phone', 'email']);
    for (const f of found) expect(text.slice(f.index, f.index + f.match.length)).toBe(f.match);
  });
  it('reports a street named after a health word once, as an address', () => {
    expect(kinds("au 3 rue de l'Hôpital")).toEqual(['street-address']);
  });
});

describe('findPersonalData: ordinary text', () => {
  it.each([
    'Total : 1 250 € TTC, acompte 35,50 €, soit 12 500 € HT',
    'Intervention le 12/03/2026 ou le 12.03.2026, sinon le 12 mars',
    'Ouvert de 8 h à 18 h, arrivée à 8h30',
    '25 m² posés en 3 jours, 2 ans de garantie',
    'Artisan depuis 1998, 20 % de remise, 0,5 m de large',
    'SIRET 12345678900012, SIRET 123 456 789 00012, TVA FR12345678901',
    'Devis D-2026-0001 pour 12500 EUR',
    'La rue était bloquée, mais la mise en place sur place a été faite',
    'Nous étions en route, le dossier est en cours',
    'Le procès-verbal de réception est signé, procès verbal joint',
    'Un délai plus court évite le court-circuit',
    'Traitement anti-humidité et traitement du bois',
    "Pose d'une enceinte Bluetooth dans l'enceinte du chantier",
    'La porte condamnée par un placard a été rouverte',
    '2 cours de piano, 1 place de parking, 1 chemin de câble',
    'Thanks for your kind words about the short lead time',
  ])('flags nothing in %j', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe('findPersonalData: company allow-list', () => {
  const allow = ['06 12 34 56 78', 'Contact@Plomberie-Martin.fr', '12 rue des Lilas 75011 Paris'];
  it('skips the company phone in any format', () => {
    expect(findPersonalData('Tél. 06.12.34.56.78 ou +33 6 12 34 56 78', { allow })).toEqual([]);
  });
  it('skips the company e-mail whatever its case', () => {
    expect(findPersonalData('contact@plomberie-martin.fr', { allow })).toEqual([]);
  });
  it("skips the parts of the company's address", () => {
    expect(findPersonalData('12 rue des Lilas, 75011 Paris', { allow })).toEqual([]);
  });
  it("still flags the customer's own details", () => {
    const text = 'Tél. 06 12 34 56 78 ; le vôtre : 06 98 76 54 32, 3 rue des Lilas';
    expect(findPersonalData(text, { allow }).map((f) => f.match)).toEqual([
      '06 98 76 54 32',
      '3 rue des Lilas',
    ]);
  });
  it('is passed through by checkText', () => {
    const reply = 'Merci Paul ! Appelez-nous au 06 12 34 56 78.';
    expect(checkText(reply, 'google-review-reply').findings).toHaveLength(1);
    expect(checkText(reply, 'google-review-reply', { allow }).findings).toEqual([]);
  });
});
