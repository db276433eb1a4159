import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import type { QuoteEditor } from './editorState';

type Outcome = 'idle' | 'working' | 'ready' | 'shared' | 'error' | 'blocked';

/** Offers the PDF to share (Web Share with files), download or print; numbers the quote first. */
export function ExportCard(props: { editor: QuoteEditor }) {
  const [state, setState] = createSignal<Outcome>('idle');
  const [file, setFile] = createSignal<File>();

  const make = async (): Promise<File | undefined> => {
    if (!props.editor.canIssue() && !props.editor.record()?.frozen) {
      setState('blocked');
      return undefined;
    }
    setState('working');
    const made = await props.editor.pdf();
    if (!made.ok) {
      setState('error');
      return undefined;
    }
    const { bytes, number } = made.value;
    const pdf = new File([bytes as BlobPart], `${t('quotes:export.fileName', { number })}.pdf`, {
      type: 'application/pdf',
    });
    setFile(pdf);
    setState('ready');
    return pdf;
  };
  const download = async () => {
    const made = await make();
    if (!made) return;
    const url = URL.createObjectURL(made);
    const link = document.createElement('a');
    link.href = url;
    link.download = made.name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  const share = async () => {
    const made = await make();
    if (!made) return;
    if (!navigator.canShare?.({ files: [made] })) return download();
    try {
      await navigator.share({ files: [made], title: made.name });
      setState('shared');
    } catch {
      setState('ready');
    }
  };
  const print = async () => {
    const made = await make();
    if (!made) return;
    const url = URL.createObjectURL(made);
    const frame = document.createElement('iframe');
    frame.className = 'print-frame';
    frame.src = url;
    frame.onload = () => frame.contentWindow?.print();
    document.body.append(frame);
    setTimeout(() => {
      frame.remove();
      URL.revokeObjectURL(url);
    }, 120_000);
  };
  return (
    <section class="card" aria-labelledby="export-title">
      <h2 id="export-title">{t('quotes:export.title')}</h2>
      <Show when={!props.editor.record()?.number}>
        <p class="hint">{t('quotes:export.numberNote')}</p>
      </Show>
      <div class="actions">
        <Button variant="primary" onClick={() => void share()}>
          {t('quotes:export.share')}
        </Button>
        <Button onClick={() => void download()}>{t('quotes:export.download')}</Button>
        <Button onClick={() => void print()}>{t('quotes:export.print')}</Button>
      </div>
      {/* What the export came to; a failure reads as an error, the quote itself is untouched. */}
      <p
        role="status"
        classList={{ hint: true, error: state() === 'error' || state() === 'blocked' }}
      >
        <Show when={state() !== 'idle'}>
          {t(`quotes:export.states.${state()}`, { name: file()?.name ?? '' })}
        </Show>
      </p>
    </section>
  );
}
