import { describe, expect, it } from 'vitest';
import frCatalogue from '../../locales/fr/catalogue.json';
import frCommon from '../../locales/fr/common.json';
import frCompose from '../../locales/fr/compose.json';
import frCustomers from '../../locales/fr/customers.json';
import frDoe from '../../locales/fr/doe.json';
import frQuotes from '../../locales/fr/quotes.json';
import frSettings from '../../locales/fr/settings.json';
import frTeam from '../../locales/fr/team.json';
import frTimelog from '../../locales/fr/timelog.json';
import frTrades from '../../locales/fr/trades.json';
import frWelcome from '../../locales/fr/welcome.json';
import { flatten } from './localeChecks';

// French strings follow French typography as the composed texts do: a no-break space before
// « : », inside « », and between a figure and % or €; a narrow no-break space before « ; ! ? ».
// A plain space there lets a line start with the sign, on a narrow screen or in a PDF (the quote
// and the DOE leave the phone under the artisan's name). The phrase banks (reviews, social) are
// typeset by the template engine when a text is composed, and checked by its guard.
const DOCUMENTS = {
  catalogue: frCatalogue,
  common: frCommon,
  compose: frCompose,
  customers: frCustomers,
  doe: frDoe,
  quotes: frQuotes,
  settings: frSettings,
  team: frTeam,
  timelog: frTimelog,
  trades: frTrades,
  welcome: frWelcome,
};

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
