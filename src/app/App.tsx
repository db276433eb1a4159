import { Route, Router } from '@solidjs/router';
import { lazy } from 'solid-js';
import { HomeScreen } from '../features/home/HomeScreen';
import { language, loadNamespace } from '../i18n';
import { Layout } from './Layout';
import { recoverable } from './staleBuild';

// Home is in the first chunk; every other screen loads when first visited.
// Screens bring their strings (a namespace such as `compose` or `timelog`) with their code.
// A tab left on an older version whose files are gone reloads into the new one (staleBuild).
const withStrings = <T,>(ns: string | readonly string[], load: () => Promise<T>) =>
  recoverable(() =>
    Promise.all([
      load(),
      ...(typeof ns === 'string' ? [ns] : ns).map((name) => loadNamespace(language(), name)),
    ]).then(([module]) => module),
  );
const TemplatesScreen = lazy(
  withStrings('compose', () => import('../features/templates/TemplatesScreen')),
);
const ComposeScreen = lazy(
  withStrings('compose', () => import('../features/templates/ComposeScreen')),
);
const HistoryScreen = lazy(
  withStrings('compose', () => import('../features/templates/HistoryScreen')),
);
const TimeScreen = lazy(withStrings('timelog', () => import('../features/timelog/TimeScreen')));
// Settings shows the Team section, whose strings are in `team`, and the trades.
const SettingsScreen = lazy(
  withStrings(['team', 'settings', 'trades'], () => import('../features/settings/SettingsScreen')),
);
const TeamScreen = lazy(withStrings('team', () => import('../features/team/TeamScreen')));
// Quote screens bring the quote words and the customer picker's words.
const QUOTES = ['quotes', 'customers'] as const;
const QuotesScreen = lazy(withStrings(QUOTES, () => import('../features/quotes/QuotesScreen')));
const NewQuoteScreen = lazy(withStrings(QUOTES, () => import('../features/quotes/NewQuoteScreen')));
const QuoteScreen = lazy(withStrings(QUOTES, () => import('../features/quotes/QuoteScreen')));
const LibraryScreen = lazy(withStrings(QUOTES, () => import('../features/quotes/LibraryScreen')));
const QuoteSettingsScreen = lazy(
  withStrings(QUOTES, () => import('../features/quotes/QuoteSettingsScreen')),
);
const CheckScreen = lazy(withStrings(QUOTES, () => import('../features/quotes/CheckScreen')));
// DOE screens share a section (its toast and styles), the `doe` strings and the customer
// picker's words (a job's customer is picked among the quotes' customers).
const DOE = ['doe', 'customers'] as const;
const DoeSection = lazy(withStrings(DOE, () => import('../features/doe/DoeSection')));
const JobsScreen = lazy(withStrings(DOE, () => import('../features/doe/JobsScreen')));
const NewJobScreen = lazy(withStrings(DOE, () => import('../features/doe/NewJobScreen')));
const JobScreen = lazy(withStrings(DOE, () => import('../features/doe/JobScreen')));
const EditJobScreen = lazy(withStrings(DOE, () => import('../features/doe/EditJobScreen')));
const ItemScreen = lazy(withStrings(DOE, () => import('../features/doe/ItemScreen')));
const ExportScreen = lazy(withStrings(DOE, () => import('../features/doe/ExportScreen')));
// The first-run welcome asks for the trade, whose names are a namespace of their own.
const WelcomeScreen = lazy(
  withStrings(['welcome', 'trades'], () => import('../features/welcome/WelcomeScreen')),
);
const NotFoundScreen = lazy(recoverable(() => import('./NotFoundScreen')));

/** The app: the layout around its routes (four of them in the bottom navigation). */
export function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={HomeScreen} />
      <Route path="/templates" component={TemplatesScreen} />
      <Route path="/compose/:templateId" component={ComposeScreen} />
      <Route path="/history" component={HistoryScreen} />
      <Route path="/time" component={TimeScreen} />
      <Route path="/settings" component={SettingsScreen} />
      <Route path="/team" component={TeamScreen} />
      <Route path="/quotes" component={QuotesScreen} />
      <Route path="/quotes/new" component={NewQuoteScreen} />
      <Route path="/quotes/library" component={LibraryScreen} />
      <Route path="/quotes/settings" component={QuoteSettingsScreen} />
      <Route path="/quotes/check" component={CheckScreen} />
      <Route path="/quotes/:id" component={QuoteScreen} />
      <Route path="/doe" component={DoeSection}>
        <Route path="/" component={JobsScreen} />
        <Route path="/new" component={NewJobScreen} />
        <Route path="/:jobId" component={JobScreen} />
        <Route path="/:jobId/edit" component={EditJobScreen} />
        <Route path="/:jobId/items/:itemId" component={ItemScreen} />
        <Route path="/:jobId/export" component={ExportScreen} />
      </Route>
      <Route path="/welcome" component={WelcomeScreen} />
      <Route path="*404" component={NotFoundScreen} />
    </Router>
  );
}
