import { Show } from 'solid-js';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { canInstall, needsIosInstructions, promptInstall } from '../../ui/install';

/**
 * Invites installation: a button where the browser offers it, instructions on iOS Safari. Loaded
 * only when one of them applies (most visits need neither).
 */
export default function InstallCard() {
  return (
    <>
      <Show when={canInstall()}>
        <section class="card" aria-labelledby="install-title">
          <h2 id="install-title">{t('install.title')}</h2>
          <p>{t('install.text')}</p>
          <Button variant="primary" onClick={() => void promptInstall()}>
            <Icon name="install" />
            {t('install.action')}
          </Button>
        </section>
      </Show>
      <Show when={needsIosInstructions()}>
        <section class="card" aria-labelledby="install-ios-title">
          <h2 id="install-ios-title">{t('install.title')}</h2>
          <p>{t('install.ios')}</p>
        </section>
      </Show>
    </>
  );
}
