import { A, useSearchParams } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { TRADE_FAMILIES, type TradeFamily } from '../../domain/trades';
import { i18n, language, loadNamespace, t } from '../../i18n';
import { FAMILIES, TEMPLATE_META } from '../../templates/catalogue/meta';
import { type SearchWords, searchTemplates } from '../../templates/catalogue/search';
import type { TemplateFamily } from '../../templates/types';
import { EmptyState } from '../../ui/EmptyState';
import { ReadError } from '../../ui/Feedback';
import { ChoiceGroup, SelectField, TextField } from '../../ui/Field';
import { createProfileTradeFamily } from './catalogueState';
import { CATALOGUE_NS, templateDescription, templateSearchText, templateTitle } from './labels';
import './templates.css';
import { useDocumentTitle } from '../../ui/title';

const STAR_CHOICES = ['1', '2', '3', '4', '5'] as const;

/**
 * The template catalogue: family tabs, search (words, synonyms and star counts), a trade filter
 * set from the profile. Review replies start with « Combien d'étoiles ? », then the cause.
 */
export default function TemplatesScreen() {
  const [params, setParams] = useSearchParams<{ family?: string; stars?: string }>();
  const family = (): TemplateFamily =>
    FAMILIES.includes(params.family as TemplateFamily)
      ? (params.family as TemplateFamily)
      : 'reviews';
  const stars = () => (STAR_CHOICES.includes(params.stars as never) ? params.stars : undefined);
  // Titles, descriptions and search words: one small namespace, no phrase bank.
  const [loaded] = createResource(language, (lang) =>
    loadNamespace(lang, CATALOGUE_NS).then(() => lang),
  );
  const [query, setQuery] = createSignal('');
  const [trade, setTrade] = createSignal<TradeFamily | 'all' | undefined>(undefined);
  const profileTrade = createProfileTradeFamily();
  const tradeFilter = () => trade() ?? profileTrade.value() ?? 'all';

  const shown = createMemo(() => {
    const lang = language();
    if (loaded() !== lang) return [];
    const words = i18n.getResourceBundle(lang, CATALOGUE_NS)?.search as SearchWords | undefined;
    const typed = query().trim();
    const candidates = TEMPLATE_META.filter((meta) => {
      const filter = tradeFilter();
      if (filter !== 'all' && !meta.trades.includes(filter)) return false;
      // A search looks through every family; otherwise the tab and the star count choose.
      if (typed !== '') return true;
      if (meta.family !== family()) return false;
      return !(family() === 'reviews' && stars()) || meta.stars?.includes(Number(stars()));
    });
    if (typed === '' || !words) return candidates;
    return searchTemplates(
      candidates.map((meta) => ({ meta, text: templateSearchText(meta) })),
      typed,
      words,
    );
  });
  const href = (id: string, family: TemplateFamily) =>
    family === 'reviews' && stars() ? `/compose/${id}?stars=${stars()}` : `/compose/${id}`;

  useDocumentTitle(() => t('compose:templates.title'));
  return (
    <div class="screen">
      <h1>{t('compose:templates.title')}</h1>
      <ChoiceGroup<TemplateFamily>
        legend={t('compose:templates.family')}
        name="family"
        value={family()}
        options={FAMILIES.map((name) => ({
          value: name,
          label: t(`compose:templates.families.${name}`),
        }))}
        onValue={(value) => setParams({ family: value, stars: undefined }, { replace: true })}
      />
      <Show when={family() === 'reviews'}>
        <ChoiceGroup<string>
          legend={t('compose:templates.starsQuestion')}
          name="stars"
          value={stars() ?? ''}
          options={STAR_CHOICES.map((count) => ({
            value: count,
            label: t('compose:compose.stars', { count: Number(count) }),
          }))}
          onValue={(value) => setParams({ stars: value }, { replace: true })}
        />
      </Show>
      <TextField
        name="search"
        type="search"
        label={t('compose:templates.search')}
        hint={t('compose:templates.searchHint')}
        value={query()}
        onValue={setQuery}
        autocomplete="off"
      />
      <SelectField
        name="trade"
        label={t('compose:templates.trade')}
        value={tradeFilter()}
        onValue={(value) => setTrade(value as TradeFamily | 'all')}
      >
        <option value="all">{t('compose:templates.allTrades')}</option>
        <For each={TRADE_FAMILIES}>
          {(name) => <option value={name}>{t(`tradeFamilies.${name}`)}</option>}
        </For>
      </SelectField>
      <Show when={profileTrade.error() !== undefined && trade() === undefined}>
        <ReadError onRetry={profileTrade.retry} />
      </Show>
      <A class="text-link" href="/history">
        {t('compose:templates.history')}
      </A>
      <Show
        when={shown().length > 0 || loaded.loading}
        fallback={
          <EmptyState title={t('compose:templates.noneTitle')} text={t('compose:templates.none')} />
        }
      >
        <ul class="template-list">
          <For each={shown()}>
            {(meta) => (
              <li>
                <A class="card-link template-card" href={href(meta.id, meta.family)}>
                  <strong>{templateTitle(meta)}</strong>
                  <span class="hint">{templateDescription(meta)}</span>
                  <span class="muted">
                    {t('compose:templates.saves', { minutes: meta.baselineMinutes })}
                  </span>
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
