import { useNavigate } from '@solidjs/router';
import { type Accessor, createSignal } from 'solid-js';
import { settings } from '../settings/preferences';

/**
 * Whether Home may show, or sends a new install to the first-run welcome. Once the welcome is
 * over this is one comparison on settings already read; until then, the check (is this device
 * already in use?) and the welcome load on demand, out of the home screen's first chunk.
 */
export function createWelcomeGate(): Accessor<boolean> {
  const navigate = useNavigate();
  const [open, setOpen] = createSignal(settings().firstRun === 'done');
  if (!open()) {
    void import('./firstRun')
      .then((firstRun) => firstRun.needsWelcome())
      .then((needed) => {
        if (needed) navigate('/welcome', { replace: true });
        else setOpen(true);
      })
      // Storage unreadable: Home shows (and says so); the welcome can wait.
      .catch(() => setOpen(true));
  }
  return open;
}
