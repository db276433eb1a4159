import { A } from '@solidjs/router';
import './quotes.css';
import { createSignal, For, Show } from 'solid-js';
import { QUOTE_STATUSES, type QuoteStatus } from '../../domain/quotes';
import { language, t } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { now } from '../../lib/clock';
import { ButtonLink } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Feedback';
import { ChoiceGroup, TextField } from '../../ui/Field';
import { useDocumentTitle } from '../../ui/title';
import { createQuoteRows } from './listState';
import { statusDate } from './rules/status';
import { quoteFormatter } from './words';

/** Every quote, latest version first, with status filters and search. */
export default function QuotesScreen() {
  useDocumentTitle(() => t('quotes:list.title'));
  const [status, setStatus] = createSignal<QuoteStatus | 'all'>('all');
  const [search, setSearch] = createSignal('');
  const rows = createQuoteRows(() => ({ status: status(), search: search(), today: now() }));
  return (
    <div class="screen">
      <h1>{t('quotes:list.title')}</h1>
      <div class="actions">
        <ButtonLink variant="primary" href="/quotes/new">
          {t('quotes:list.new')}
        </ButtonLink>
        <ButtonLink href="/quotes/library">{t('quotes:list.library')}</ButtonLink>
        <ButtonLink href="/quotes/settings">{t('quotes:list.settings')}</ButtonLink>
      </div>
      <TextField
        name="search"
        type="search"
        label={t('quotes:list.search')}
        value={search()}
        onValue={setSearch}
        autocomplete="off"
      />
      <ChoiceGroup<QuoteStatus | 'all'>
        legend={t('quotes:list.filter')}
        name="status"
        value={status()}
        onValue={setStatus}
        options={[
          { value: 'all', label: t('quotes:list.all') },
          ...QUOTE_STATUSES.map((value) => ({ value, label: t(`quotes:statuses.${value}`) })),
        ]}
      />
      <Loaded query={rows}>
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={
              <EmptyState title={t('quotes:list.emptyTitle')} text={t('quotes:list.empty')} />
            }
          >
            <ul class="quote-list">
              <For each={list()}>
                {(row) => {
                  const at = () => statusDate(row.quote, row.status);
                  return (
                    <li>
                      <A class="quote-link" href={`/quotes/${row.quote.id}`}>
                        <strong>
                          {row.quote.number ?? t('quotes:list.noNumber')} ·{' '}
                          {row.customerName || t('quotes:list.noCustomer')}
                        </strong>
                        <span class="one-line">
                          {(row.quote.frozen?.content ?? row.quote.content).title ||
                            t('quotes:list.noTitle')}
                        </span>
                        <span class="muted">
                          <span class={`badge status-${row.status}`}>
                            {t(`quotes:statuses.${row.status}`)}
                          </span>{' '}
                          {at() === undefined ? '' : formatDate(at() ?? 0, language())} ·{' '}
                          {quoteFormatter(language()).money(row.total)}
                        </span>
                      </A>
                    </li>
                  );
                }}
              </For>
            </ul>
          </Show>
        )}
      </Loaded>
    </div>
  );
}
