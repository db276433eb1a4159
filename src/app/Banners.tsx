import { createSignal, Show } from 'solid-js';
import { t } from '../i18n';
import { Button } from '../ui/Button';
import { upgradeBlocked } from './databaseEvents';
import { applyUpdate, dismissOfflineReady, offlineReady, updateReady } from './updates';

/** Whether a banner is showing (the layout leaves room for it). */
export function hasBanner(): boolean {
  return updateReady() || offlineReady() || upgradeBlocked();
}

/** Messages about the app itself: an update waiting, ready offline, data upgrade blocked. */
export function Banners() {
  const [applying, setApplying] = createSignal(false);
  const [failed, setFailed] = createSignal(false);
  const update = async () => {
    setApplying(true);
    setFailed(false);
    try {
      await applyUpdate();
    } catch {
      // A save failed: keep the old version running rather than lose the input.
      setFailed(true);
      setApplying(false);
    }
  };
  return (
    <div class="banners" aria-live="polite">
      <Show when={updateReady()}>
        <div class="banner" role="status">
          <span>{failed() ? t('update.failed') : t('update.available')}</span>
          <Button variant="primary" disabled={applying()} onClick={update}>
            {t('update.apply')}
          </Button>
        </div>
      </Show>
      <Show when={offlineReady() && !updateReady()}>
        <div class="banner" role="status">
          <span>{t('update.offlineReady')}</span>
          <Button onClick={dismissOfflineReady}>{t('common.ok')}</Button>
        </div>
      </Show>
      <Show when={upgradeBlocked()}>
        <div class="banner warning" role="alert">
          {t('database.blocked')}
        </div>
      </Show>
    </div>
  );
}
