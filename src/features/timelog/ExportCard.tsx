import { createSignal } from 'solid-js';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
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
      <h2 id="export-title">{t('timelog:exportCsv.title')}</h2>
      <p class="hint">{t('timelog:exportCsv.text')}</p>
      <Button wide disabled={busy()} onClick={() => void run()}>
        {t('timelog:exportCsv.action')}
      </Button>
    </section>
  );
}
