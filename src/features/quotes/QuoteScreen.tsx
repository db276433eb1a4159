import { A, useParams } from '@solidjs/router';
import './quotes.css';
import { createSignal, Show } from 'solid-js';
import { language, t } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { ErrorMessage, ReadError } from '../../ui/Feedback';
import { TextField } from '../../ui/Field';
import { TimeSavedCard } from '../../ui/TimeSavedCard';
import { reported } from '../../ui/Toast';
import { useDocumentTitle } from '../../ui/title';
import { CustomerPicker } from '../customers/CustomerPicker';
import { CheckerCard } from './CheckerCard';
import { ExportCard } from './ExportCard';
import { createQuoteEditor, type QuoteEditor } from './editorState';
import { LinesEditor } from './LinesEditor';
import { MentionsCard } from './MentionsCard';
import { QuoteActions } from './QuoteActions';
import { statusDate } from './rules/status';
import { SignatureCard } from './SignatureCard';
import { TermsEditor } from './TermsEditor';
import { TotalsCard } from './TotalsCard';
import { createQuoteEntry, logMinutesSaved, proposedMinutes } from './timeSavedState';

/** One quote: edited as a draft (saved as typed), read-only once sent or signed. */
export default function QuoteScreen() {
  const params = useParams<{ id: string }>();
  return (
    <Show when={params.id} keyed>
      {(id) => <QuoteView editor={createQuoteEditor(id)} />}
    </Show>
  );
}

function QuoteView(props: { editor: QuoteEditor }) {
  const editor = props.editor;
  const [signing, setSigning] = createSignal(false);
  // Time saved is proposed once a quote is sent or accepted, and logged once for all its versions.
  const issued = () =>
    editor.status() === 'sent' || editor.status() === 'accepted' ? editor.record() : undefined;
  const timeEntry = createQuoteEntry(issued);
  const heading = () => editor.record()?.number ?? t('quotes:editor.newQuote');
  useDocumentTitle(heading);
  const when = () => {
    const record = editor.record();
    const at = record ? statusDate(record, editor.status()) : undefined;
    return at === undefined ? '' : formatDate(at, language());
  };
  return (
    <div class="screen quote">
      <A class="text-link" href="/quotes">
        {t('quotes:list.back')}
      </A>
      <h1>{heading()}</h1>
      <Show when={editor.loaded.error() !== undefined}>
        <ReadError onRetry={editor.loaded.retry} />
      </Show>
      <Show
        when={editor.ready()}
        fallback={
          <Show when={editor.loaded.error() === undefined}>
            <p class="loading">{t('app.loading')}</p>
          </Show>
        }
      >
        <Show when={!editor.missing()} fallback={<p>{t('quotes:editor.missing')}</p>}>
          <p class="status-line">
            <span class={`badge status-${editor.status()}`}>
              {t(`quotes:statuses.${editor.status()}`)}
            </span>{' '}
            {when()}
          </p>
          <ErrorMessage message={editor.saveFailure() && t(editor.saveFailure() ?? '')} />
          <Show when={!editor.editable()}>
            <p class="hint">{t('quotes:editor.frozen')}</p>
          </Show>
          <fieldset class="plain" disabled={!editor.editable()}>
            <section class="card" aria-labelledby="customer-title">
              <h2 id="customer-title">{t('quotes:editor.customer')}</h2>
              <CustomerPicker
                customer={editor.customer.value()}
                idPrefix="quote-customer"
                readOnly={!editor.editable()}
                onPick={(id) =>
                  editor.update((draft) => {
                    draft.customerId = id;
                  })
                }
              />
            </section>
            <section class="card" aria-labelledby="object-title">
              <h2 id="object-title">{t('quotes:editor.object')}</h2>
              <TextField
                id="quote-title"
                name="title"
                label={t('quotes:editor.title')}
                value={editor.content.title}
                autocomplete="off"
                onValue={(value) =>
                  editor.update((draft) => {
                    draft.title = value;
                  })
                }
              />
            </section>
            <LinesEditor editor={editor} />
            <TermsEditor editor={editor} />
          </fieldset>
          <TotalsCard editor={editor} />
          <CheckerCard findings={editor.findings()} />
          <Show
            when={signing()}
            fallback={<QuoteActions editor={editor} onSign={() => setSigning(true)} />}
          >
            <MentionsCard editor={editor} />
            <SignatureCard
              signerName={editor.customer.value()?.name ?? ''}
              onCancel={() => setSigning(false)}
              onSign={async (signature) => {
                const signed = await editor.sign(signature);
                if (signed.ok) setSigning(false);
                return signed;
              }}
            />
          </Show>
          <ExportCard editor={editor} />
          <Show when={issued()}>
            {(record) => (
              <TimeSavedCard
                proposed={proposedMinutes(record())}
                entry={timeEntry}
                // The entry shows through the live read once logged; a failure says so in the toast.
                log={async (minutes) => reported(await logMinutesSaved(record(), minutes))}
                words={{
                  title: t('quotes:timeSaved.title'),
                  question: t('quotes:timeSaved.question'),
                  minutes: t('quotes:timeSaved.minutes'),
                  confirm: (minutes) => t('quotes:timeSaved.confirm', { minutes }),
                  logged: (minutes) => t('quotes:timeSaved.logged', { minutes }),
                }}
              />
            )}
          </Show>
        </Show>
      </Show>
    </div>
  );
}
