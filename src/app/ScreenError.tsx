import { useLocation } from '@solidjs/router';
import { createEffect, on } from 'solid-js';
import { t } from '../i18n';
import { Button } from '../ui/Button';

/** In place of a screen that could not load or render: says so and offers a reload. */
export function ScreenError(props: { error: unknown; reset: () => void }) {
  console.error('A screen failed', props.error);
  const location = useLocation();
  // Going to another screen tries again.
  createEffect(on(() => location.pathname, props.reset, { defer: true }));
  return (
    <div class="screen">
      <h1>{t('app.failed.title')}</h1>
      <p role="alert">{t('app.failed.text')}</p>
      <Button variant="primary" onClick={() => window.location.reload()}>
        {t('app.failed.reload')}
      </Button>
    </div>
  );
}
