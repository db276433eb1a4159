import { useSearchParams } from '@solidjs/router';
import { For, Match, Switch } from 'solid-js';
import { t } from '../../i18n';
import { Dashboard } from './Dashboard';
import { EntriesList } from './EntriesList';
import { ExportCard } from './ExportCard';
import { QuickLog } from './QuickLog';
import { RatingCard } from './RatingCard';
import './timelog.css';
import { useDocumentTitle } from '../../ui/title';

type Tab = 'dashboard' | 'entries';
const TABS: readonly Tab[] = ['dashboard', 'entries'];

/**
 * Time saved: the quick log and the satisfaction card on top, then two tabs (dashboard, entries)
 * and the CSV export. `?log=1` (the Home quick action) focuses the quick log; `?tab=entries`
 * opens the list.
 */
export default function TimeScreen() {
  const [params, setParams] = useSearchParams<{ log?: string; tab?: string }>();
  const tab = (): Tab => (params.tab === 'entries' ? 'entries' : 'dashboard');
  const select = (next: Tab) => setParams({ tab: next, log: undefined }, { replace: true });
  const moveWith = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = tab() === 'dashboard' ? 'entries' : 'dashboard';
    select(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  useDocumentTitle(() => t('timelog:screen.title'));
  return (
    <div class="screen time">
      <h1>{t('timelog:screen.title')}</h1>
      <QuickLog focus={params.log === '1'} />
      <RatingCard />

      <div class="tabs" role="tablist" aria-label={t('timelog:screen.tabs')} onKeyDown={moveWith}>
        <For each={TABS}>
          {(name) => (
            <button
              type="button"
              role="tab"
              id={`tab-${name}`}
              class="tab"
              aria-selected={tab() === name}
              aria-controls={tab() === name ? `panel-${name}` : undefined}
              tabindex={tab() === name ? 0 : -1}
              onClick={() => select(name)}
            >
              {t(`timelog:screen.${name}`)}
            </button>
          )}
        </For>
      </div>
      <div class="tab-panel" role="tabpanel" id={`panel-${tab()}`} aria-labelledby={`tab-${tab()}`}>
        <Switch>
          <Match when={tab() === 'dashboard'}>
            <Dashboard />
          </Match>
          <Match when={tab() === 'entries'}>
            <EntriesList />
          </Match>
        </Switch>
      </div>

      <ExportCard />
    </div>
  );
}
