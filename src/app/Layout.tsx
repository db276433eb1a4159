import { type RouteSectionProps, useLocation } from '@solidjs/router';
import { createEffect, ErrorBoundary, on, Show, Suspense } from 'solid-js';
import { t } from '../i18n';
import { dismissToast, Toast } from '../ui/Toast';
import { Banners, hasBanner } from './Banners';
import { BottomNav } from './BottomNav';
import { online } from './network';
import { ScreenError } from './ScreenError';
import { followNavigation } from './staleBuild';
import './shell.css';

/** The frame of every screen: header with network state, content, banners and navigation at the bottom. */
export function Layout(props: RouteSectionProps) {
  followNavigation();
  // A toast (and its undo) belongs to the screen it was shown on.
  const location = useLocation();
  createEffect(on(() => location.pathname, dismissToast, { defer: true }));
  return (
    <div class="shell" classList={{ 'with-banner': hasBanner() }}>
      <header class="top-bar">
        <span class="brand">{t('app.name')}</span>
        <span
          class={online() ? 'net-status online' : 'net-status offline'}
          role="status"
          aria-live="polite"
        >
          <Show when={online()} fallback={t('network.offline')}>
            {t('network.online')}
          </Show>
        </span>
      </header>
      <main id="main" class="content">
        <ErrorBoundary fallback={(error, reset) => <ScreenError error={error} reset={reset} />}>
          <Suspense fallback={<p class="loading">{t('app.loading')}</p>}>{props.children}</Suspense>
        </ErrorBoundary>
      </main>
      <Toast />
      <div class="bottom-stack">
        <Banners />
        <BottomNav />
      </div>
    </div>
  );
}
