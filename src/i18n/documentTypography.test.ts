import { describe, expect, it } from 'vitest';
import frDoe from '../../locales/fr/doe.json';
import frQuotes from '../../locales/fr/quotes.json';
import { flatten } from './localeChecks';

// The words of the documents that leave the phone under the artisan's name (the quote and the
// DOE, printed to PDF) follow French typography as the composed texts do: a no-break space
// before « : », inside « », and between a figure and % or €; a narrow no-break space before
// « ; ! ? ». A plain space there lets a line of the PDF start with the sign.
const DOCUMENTS = { doe: frDoe, quotes: frQuotes };

const RULES: ReadonlyArray<[RegExp, string]> = [
  [/ [:;!?»]/u, 'plain space before a sign'],
  [/« /u, 'plain space after «'],
  [/(?:\d|\}\}) ?[%€]/u, 'no no-break space before % or €'],
  [/\u00A0[;!?]/u, 'wide no-break space before ; ! ? (narrow expected)'],
];

describe.each(Object.keys(DOCUMENTS) as (keyof typeof DOCUMENTS)[])('French words of %s', (ns) => {
  it('follow French typography', () => {
    const problems = Object.entries(flatten(DOCUMENTS[ns])).flatMap(([key, value]) =>
      RULES.filter(([rule]) => rule.test(String(value))).map(
        ([, why]) => `${key}: ${why}: ${String(value)}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
