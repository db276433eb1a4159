import { Route, Router } from '@solidjs/router';
import { lazy } from 'solid-js';
import { HomeScreen } from '../features/home/HomeScreen';
import { language, loadNamespace } from '../i18n';
import { Layout } from './Layout';

// Home is in the first chunk; every other screen loads when first visited.
// The template screens bring their strings (the `compose` namespace) with their code.
const withComposeStrings =
  <T,>(load: () => Promise<T>) =>
  () =>
    Promise.all([load(), loadNamespace(language(), 'compose')]).then(([module]) => module);
const TemplatesScreen = lazy(
  withComposeStrings(() => import('../features/templates/TemplatesScreen')),
);
const ComposeScreen = lazy(withComposeStrings(() => import('../features/templates/ComposeScreen')));
const HistoryScreen = lazy(withComposeStrings(() => import('../features/templates/HistoryScreen')));
const TimeScreen = lazy(() => import('../features/timelog/TimeScreen'));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen'));
const NotFoundScreen = lazy(() => import('./NotFoundScreen'));

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
      <Route path="*404" component={NotFoundScreen} />
    </Router>
  );
}
