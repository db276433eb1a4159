import { For, Show } from 'solid-js';
import { language, t } from '../../i18n';
import type { QuoteEditor } from './editorState';
import { quoteFormatter } from './words';

/** Totals as the PDF will print them: HT, VAT per rate, TTC, deposit and balance. */
export function TotalsCard(props: { editor: QuoteEditor }) {
  const totals = () => props.editor.context().totals;
  const format = () => quoteFormatter(language());
  const franchise = () => props.editor.profile().vatRegime === 'franchise';
  return (
    <section class="card" aria-labelledby="totals-title">
      <h2 id="totals-title">{t('quotes:editor.totals')}</h2>
      <dl class="totals">
        <Show when={totals().discount < 0}>
          <dt>{t('quotes:pdf.discount')}</dt>
          <dd>{format().money(totals().discount)}</dd>
        </Show>
        <dt>{t('quotes:pdf.totalHT')}</dt>
        <dd>{format().money(totals().totalHT)}</dd>
        <Show when={!franchise()} fallback={<dt class="wide">{t('quotes:mentions.franchise')}</dt>}>
          <For each={totals().rates}>
            {(rate) => (
              <>
                <dt>
                  {t('quotes:pdf.vatLine', {
                    rate: format().rate(rate.rate),
                    base: format().money(rate.base),
                  })}
                </dt>
                <dd>{format().money(rate.vat)}</dd>
              </>
            )}
          </For>
          <dt class="strong">{t('quotes:pdf.totalTTC')}</dt>
          <dd class="strong">{format().money(totals().totalTTC)}</dd>
        </Show>
        <Show when={totals().deposit > 0}>
          <dt>{t('quotes:pdf.deposit')}</dt>
          <dd>{format().money(totals().deposit)}</dd>
          <dt>{t('quotes:pdf.balance')}</dt>
          <dd>{format().money(totals().balance)}</dd>
        </Show>
      </dl>
    </section>
  );
}
