// Tokens, base and primitives first: feature styles, loaded with their screens, build on them.
import './ui/theme.css';
import { render } from 'solid-js/web';
import { App } from './app/App';
import { watchDatabaseEvents } from './app/databaseEvents';
import { watchStaleBuild } from './app/staleBuild';
import { registerServiceWorker } from './app/updates';
import { bootPreferences } from './features/settings/preferences';
import { watchInstallPrompt } from './ui/install';

watchStaleBuild();
watchInstallPrompt();
watchDatabaseEvents();

const root = document.getElementById('root');
if (root) {
  await bootPreferences();
  root.textContent = '';
  render(() => <App />, root);
  // Neither the service worker nor sync is needed to show the home screen: both start once the
  // page has loaded and the main thread is idle, so they never delay the first interaction.
  whenIdleAfterLoad(() => {
    void registerServiceWorker();
    void import('./sync/start').then((sync) => sync.startSync());
  });
}

/** Runs `task` after the load event, when the browser is idle (at most 2 s later). */
function whenIdleAfterLoad(task: () => void): void {
  const schedule = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 2000 });
    else setTimeout(task, 200);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}
