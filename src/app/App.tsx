import { Route, Router } from '@solidjs/router';
import { lazy } from 'solid-js';
import { HomeScreen } from '../features/home/HomeScreen';
import { Layout } from './Layout';

// Home is in the first chunk; every other screen loads when first visited.
const TemplatesScreen = lazy(() => import('../features/templates/TemplatesScreen'));
const ComposeScreen = lazy(() => import('../features/templates/ComposeScreen'));
const HistoryScreen = lazy(() => import('../features/templates/HistoryScreen'));
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
