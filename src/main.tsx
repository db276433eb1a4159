import { render } from 'solid-js/web';
import { App } from './app/App';
import { watchDatabaseEvents } from './app/databaseEvents';
import { watchInstallPrompt } from './app/install';
import { bootPreferences } from './app/preferences';
import { registerServiceWorker } from './app/updates';
import './ui/theme.css';

watchInstallPrompt();
watchDatabaseEvents();

const root = document.getElementById('root');
if (root) {
  await bootPreferences();
  root.textContent = '';
  render(() => <App />, root);
  // After the first render: the worker is not needed to show the home screen.
  void registerServiceWorker();
  // Sync (and what it weighs) loads after the first render too; it pushes what waits.
  void import('./sync/start').then((sync) => sync.startSync());
}
