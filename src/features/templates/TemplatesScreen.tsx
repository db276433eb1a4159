import { A, useSearchParams } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { TRADE_FAMILIES, type TradeFamily } from '../../domain/trades';
import { language, loadNamespace, t } from '../../i18n';
import { matchesAllWords } from '../../lib/search';
import { FAMILIES, TEMPLATES } from '../../templates/catalogue';
import type { TemplateFamily } from '../../templates/types';
import { EmptyState } from '../../ui/EmptyState';
import { ReadError } from '../../ui/Feedback';
import { ChoiceGroup, SelectField, TextField } from '../../ui/Field';
import { createProfileTradeFamily } from './catalogueState';
import { templateDescription, templateTitle } from './labels';
import './templates.css';

/** The template catalogue: family tabs, search, and a trade filter set from the profile. */
export default function TemplatesScreen() {
  const [params, setParams] = useSearchParams<{ family?: string }>();
  const family = (): TemplateFamily =>
    FAMILIES.includes(params.family as TemplateFamily)
      ? (params.family as TemplateFamily)
      : 'reviews';
  const [banks] = createResource(language, (lang) =>
    Promise.all(FAMILIES.map((name) => loadNamespace(lang, name))).then(() => lang),
  );
  const [query, setQuery] = createSignal('');
  const [trade, setTrade] = createSignal<TradeFamily | 'all' | undefined>(undefined);
  const profileTrade = createProfileTradeFamily();
  const tradeFilter = () => trade() ?? profileTrade.value() ?? 'all';

  const shown = createMemo(() => {
    if (banks() !== language()) return [];
    return TEMPLATES.filter((template) => {
      if (template.family !== family()) return false;
      const filter = tradeFilter();
      if (filter !== 'all' && !template.trades.includes(filter)) return false;
      return matchesAllWords(
        `${templateTitle(template)} ${templateDescription(template)}`,
        query(),
      );
    });
  });

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
        onValue={(value) => setParams({ family: value }, { replace: true })}
      />
      <TextField
        name="search"
        type="search"
        label={t('compose:templates.search')}
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
        when={shown().length > 0 || banks.loading}
        fallback={
          <EmptyState title={t('compose:templates.noneTitle')} text={t('compose:templates.none')} />
        }
      >
        <ul class="template-list">
          <For each={shown()}>
            {(template) => (
              <li>
                <A class="template-card" href={`/compose/${template.id}`}>
                  <strong>{templateTitle(template)}</strong>
                  <span class="hint">{templateDescription(template)}</span>
                  <span class="muted">
                    {t('compose:templates.saves', { minutes: template.baselineMinutes })}
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
