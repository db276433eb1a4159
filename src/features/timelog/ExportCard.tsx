import { createSignal } from 'solid-js';
import { exportCsv } from './exportCsv';
import { tl } from './strings';
import { notify } from './timelogState';

/** The CSV export: every entry and rating, for a spreadsheet or the accountant. */
export function ExportCard() {
  const [busy, setBusy] = createSignal(false);
  const run = async () => {
    setBusy(true);
    try {
      const outcome = await exportCsv();
      if (outcome === 'shared') notify(() => tl('exportCsv.shared'));
      if (outcome === 'downloaded') notify(() => tl('exportCsv.downloaded'));
    } catch (error) {
      console.error('CSV export failed', error);
      notify(() => tl('exportCsv.failed'), true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card" aria-labelledby="export-title">
      <h2 id="export-title">{tl('exportCsv.title')}</h2>
      <p class="hint">{tl('exportCsv.text')}</p>
      <button type="button" class="button wide" disabled={busy()} onClick={() => void run()}>
        {tl('exportCsv.action')}
      </button>
    </section>
  );
}
