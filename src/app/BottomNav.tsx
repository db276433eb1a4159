import { useLocation } from '@solidjs/router';
import { For } from 'solid-js';
import { t } from '../i18n';
import { Icon, type IconName } from '../ui/Icon';

interface Item {
  href: string;
  label: string;
  icon: IconName;
  /** Other paths that belong to this destination (a guided flow belongs to the templates). */
  also?: readonly string[];
}

const ITEMS: readonly Item[] = [
  { href: '/', label: 'nav.home', icon: 'home' },
  { href: '/templates', label: 'nav.templates', icon: 'templates', also: ['/compose', '/history'] },
  { href: '/time', label: 'nav.time', icon: 'time' },
  { href: '/settings', label: 'nav.settings', icon: 'settings', also: ['/team'] },
];

/** Whether `path` is within `base` (itself or below it). */
const within = (path: string, base: string) => path === base || path.startsWith(`${base}/`);

/** Whether the current path belongs to an item. */
function isCurrent(item: Item, path: string): boolean {
  if (item.href === '/') return path === '/';
  return [item.href, ...(item.also ?? [])].some((base) => within(path, base));
}

/** Four destinations at the bottom of the screen, within reach of a thumb. */
export function BottomNav() {
  const location = useLocation();
  return (
    <nav class="bottom-nav" aria-label={t('nav.label')}>
      <For each={ITEMS}>
        {(item) => (
          // A plain link (the router handles its clicks) marked current by this screen's rule.
          <a
            href={item.href}
            classList={{ active: isCurrent(item, location.pathname) }}
            aria-current={isCurrent(item, location.pathname) ? 'page' : undefined}
          >
            <Icon name={item.icon} />
            <span class="nav-label">{t(item.label)}</span>
          </a>
        )}
      </For>
    </nav>
  );
}
