import { A } from '@solidjs/router';
import { ErrorBoundary, For, lazy, Show, Suspense } from 'solid-js';
import { language, t } from '../../i18n';
import { formatDayTime, formatMinutes } from '../../i18n/format';
import { Button, ButtonLink } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded, ReadError } from '../../ui/Feedback';
import { Icon, type IconName } from '../../ui/Icon';
import { canInstall, needsIosInstructions } from '../../ui/install';
import { ProgressBar } from '../../ui/ProgressBar';
import { settings } from '../settings/preferences';
import { goalPercent } from '../timelog/timelogRules';
import { createWelcomeGate } from '../welcome/gate';
import {
  createDrafts,
  createMissingMentions,
  createWeekMinutes,
  draftSubject,
  removeDraft,
} from './homeState';
import './home.css';
import { pageLoaded } from '../../ui/pageLoaded';
import { useDocumentTitle } from '../../ui/title';

const InstallCard = lazy(() => import('./InstallCard'));

// Quotes awaiting an answer: a card that appears only when there are some, loaded after the
// first paint so the quote query stays out of the home screen's first chunk.
const AwaitingQuotes = lazy(() => import('./AwaitingQuotes'));

const QUICK_ACTIONS: ReadonlyArray<{ label: string; icon: IconName; href: string }> = [
  { label: 'home.actions.review', icon: 'review', href: '/templates?family=reviews' },
  { label: 'home.actions.post', icon: 'post', href: '/templates?family=social' },
  { label: 'home.actions.quote', icon: 'quote', href: '/quotes/new' },
  { label: 'home.actions.quotes', icon: 'quote', href: '/quotes' },
  { label: 'home.actions.history', icon: 'templates', href: '/history' },
  { label: 'home.actions.log', icon: 'time', href: '/time?log=1' },
  { label: 'home.actions.doe', icon: 'doe', href: '/doe' },
];

// Jobs in progress come after the first render, in their own chunk.
const OpenJobsCard = lazy(() => import('../doe/OpenJobsCard'));

/**
 * The home screen: quick actions, this week's time saved, drafts, quotes awaiting an answer,
 * profile nudge. Cards whose
 * presence depends on stored data come last, so their arrival never pushes visible content down.
 */
export function HomeScreen() {
  // A new install goes to the first-run welcome first: Home (and its reads) waits for that answer.
  const open = createWelcomeGate();
  useDocumentTitle(() => t('nav.home'));
  return (
    <Show when={open()} fallback={<p class="loading">{t('app.loading')}</p>}>
      <HomeContent />
    </Show>
  );
}

function HomeContent() {
  const weekMinutes = createWeekMinutes();
  const drafts = createDrafts();
  const missing = createMissingMentions();
  const goal = () => settings().weeklyGoalMinutes;

  return (
    <div class="screen home">
      <h1>{t('home.title')}</h1>

      <section aria-labelledby="quick-actions">
        <h2 id="quick-actions" class="visually-hidden">
          {t('home.actions.title')}
        </h2>
        <div class="quick-actions">
          <For each={QUICK_ACTIONS}>
            {(action) => (
              <A class="quick-action" href={action.href}>
                <Icon name={action.icon} />
                <span>{t(action.label)}</span>
              </A>
            )}
          </For>
        </div>
      </section>

      <section class="card" aria-labelledby="week-title">
        <h2 id="week-title">{t('home.week.title')}</h2>
        {/* 0 until read, so the card keeps its size when the figure arrives. */}
        <Loaded query={weekMinutes} initial={0}>
          {(minutes) => (
            <>
              <p class="big-figure">
                {t('home.week.progress', {
                  saved: formatMinutes(minutes(), language()),
                  goal: formatMinutes(goal(), language()),
                })}
              </p>
              <ProgressBar label={t('home.week.title')} percent={goalPercent(minutes(), goal())} />
              <Show when={minutes() === 0}>
                <p class="hint">{t('home.week.empty')}</p>
              </Show>
            </>
          )}
        </Loaded>
        <A class="text-link" href="/time">
          {t('home.week.open')}
        </A>
      </section>

      <section aria-labelledby="drafts-title">
        <h2 id="drafts-title">{t('home.drafts.title')}</h2>
        <Loaded query={drafts} initial={[]}>
          {(list) => (
            <Show
              when={list().length > 0}
              fallback={
                <EmptyState title={t('home.drafts.emptyTitle')} text={t('home.drafts.empty')} />
              }
            >
              <ul class="draft-list">
                <For each={list()}>
                  {(draft) => (
                    <li class="draft-item">
                      <A
                        class="card-link draft-link"
                        href={`/compose/${draft.templateId}?doc=${draft.id}`}
                      >
                        <strong>
                          {[t(`documentKinds.${draft.kind}`), draftSubject(draft)]
                            .filter(Boolean)
                            .join(' · ')}
                        </strong>
                        <span class="clamp-1">{draft.body || t('home.drafts.noText')}</span>
                        <span class="muted">{formatDayTime(draft.updatedAt, language())}</span>
                      </A>
                      <Button
                        icon
                        aria-label={t('home.drafts.delete', {
                          title: draftSubject(draft) || t(`documentKinds.${draft.kind}`),
                        })}
                        onClick={() => void removeDraft(draft)}
                      >
                        ×
                      </Button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>

      {/* Loads on its own after the page: the screen never waits for it, and a card that cannot
          load is left out. */}
      <Show when={pageLoaded()}>
        <ErrorBoundary fallback={null}>
          <Suspense>
            <AwaitingQuotes />
          </Suspense>
        </ErrorBoundary>
      </Show>

      <Show when={missing.error() !== undefined}>
        <ReadError onRetry={missing.retry} />
      </Show>

      <Show when={pageLoaded()}>
        <Suspense>
          <OpenJobsCard />
        </Suspense>
      </Show>

      <Show when={(missing.value() ?? 0) > 0}>
        <section class="card notice" aria-labelledby="profile-title">
          <h2 id="profile-title">{t('home.profile.title')}</h2>
          <p>{t('home.profile.text', { count: missing.value() ?? 0 })}</p>
          <ButtonLink variant="primary" href="/quotes/check">
            {t('home.profile.action')}
          </ButtonLink>
        </section>
      </Show>

      <Show when={canInstall() || needsIosInstructions()}>
        <Suspense>
          <InstallCard />
        </Suspense>
      </Show>
    </div>
  );
}
