import { For, Show } from 'solid-js';
import { language } from '../../i18n';
import type { QuoteEditor } from './editorState';
import { tq } from './strings';
import { quoteFormatter } from './words';

/** Totals as the PDF will print them: HT, VAT per rate, TTC, deposit and balance. */
export function TotalsCard(props: { editor: QuoteEditor }) {
  const totals = () => props.editor.context().totals;
  const format = () => quoteFormatter(language());
  const franchise = () => props.editor.profile().vatRegime === 'franchise';
  return (
    <section class="card" aria-labelledby="totals-title">
      <h2 id="totals-title">{tq('editor.totals')}</h2>
      <dl class="totals">
        <Show when={totals().discount < 0}>
          <dt>{tq('pdf.discount')}</dt>
          <dd>{format().money(totals().discount)}</dd>
        </Show>
        <dt>{tq('pdf.totalHT')}</dt>
        <dd>{format().money(totals().totalHT)}</dd>
        <Show when={!franchise()} fallback={<dt class="wide">{tq('mentions.franchise')}</dt>}>
          <For each={totals().rates}>
            {(rate) => (
              <>
                <dt>
                  {tq('pdf.vatLine', {
                    rate: format().rate(rate.rate),
                    base: format().money(rate.base),
                  })}
                </dt>
                <dd>{format().money(rate.vat)}</dd>
              </>
            )}
          </For>
          <dt class="strong">{tq('pdf.totalTTC')}</dt>
          <dd class="strong">{format().money(totals().totalTTC)}</dd>
        </Show>
        <Show when={totals().deposit > 0}>
          <dt>{tq('pdf.deposit')}</dt>
          <dd>{format().money(totals().deposit)}</dd>
          <dt>{tq('pdf.balance')}</dt>
          <dd>{format().money(totals().balance)}</dd>
        </Show>
      </dl>
    </section>
  );
}
