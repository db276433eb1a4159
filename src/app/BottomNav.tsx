import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { t } from '../i18n';
import { Icon, type IconName } from '../ui/Icon';

const ITEMS: ReadonlyArray<{ href: string; label: string; icon: IconName; end?: boolean }> = [
  { href: '/', label: 'nav.home', icon: 'home', end: true },
  { href: '/templates', label: 'nav.templates', icon: 'templates' },
  { href: '/time', label: 'nav.time', icon: 'time' },
  { href: '/settings', label: 'nav.settings', icon: 'settings' },
];

/** Four destinations at the bottom of the screen, within reach of a thumb. */
export function BottomNav() {
  return (
    <nav class="bottom-nav" aria-label={t('nav.label')}>
      <For each={ITEMS}>
        {(item) => (
          <A href={item.href} end={item.end} activeClass="active">
            <Icon name={item.icon} />
            <span class="nav-label">{t(item.label)}</span>
          </A>
        )}
      </For>
    </nav>
  );
}
