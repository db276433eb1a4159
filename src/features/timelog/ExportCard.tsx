import { createSignal } from 'solid-js';
import { Button } from '../../ui/Button';
import { tl } from './strings';
import { exportEntries } from './timelogState';

/** The CSV export: every entry and rating, for a spreadsheet or the accountant. */
export function ExportCard() {
  const [busy, setBusy] = createSignal(false);
  const run = async () => {
    setBusy(true);
    await exportEntries();
    setBusy(false);
  };
  return (
    <section class="card" aria-labelledby="export-title">
      <h2 id="export-title">{tl('exportCsv.title')}</h2>
      <p class="hint">{tl('exportCsv.text')}</p>
      <Button wide disabled={busy()} onClick={() => void run()}>
        {tl('exportCsv.action')}
      </Button>
    </section>
  );
}
