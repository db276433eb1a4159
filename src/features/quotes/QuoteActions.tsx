import { useNavigate } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { deleteDraftQuote } from '../../db/quotes';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import type { QuoteEditor } from './editorState';

/** What can be done with the quote in its status: sign, mark sent, answer, new version, copy. */
export function QuoteActions(props: { editor: QuoteEditor; onSign: () => void }) {
  const navigate = useNavigate();
  const [message, setMessage] = createSignal('');
  const status = () => props.editor.status();
  const blocked = () => !props.editor.canIssue();
  const guard = (action: () => void) => () => {
    if (blocked()) {
      setMessage(t('quotes:actions.blocked'));
      document.getElementById('checker')?.scrollIntoView({ block: 'start' });
      return;
    }
    setMessage('');
    action();
  };
  return (
    <section class="card" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('quotes:actions.title')}</h2>
      <div class="actions">
        <Show when={status() === 'draft' || status() === 'sent'}>
          <Button variant="primary" onClick={guard(props.onSign)}>
            {t('quotes:actions.sign')}
          </Button>
        </Show>
        <Show when={status() === 'draft'}>
          <Button onClick={guard(() => void props.editor.markSent())}>
            {t('quotes:actions.markSent')}
          </Button>
        </Show>
        <Show when={status() === 'sent' || status() === 'expired'}>
          <Button onClick={() => void props.editor.answer('accepted')}>
            {t('quotes:actions.accepted')}
          </Button>
          <Button onClick={() => void props.editor.answer('refused')}>
            {t('quotes:actions.refused')}
          </Button>
        </Show>
        <Show when={props.editor.record()?.frozen}>
          <Button
            onClick={() => void props.editor.revise().then((id) => navigate(`/quotes/${id}`))}
          >
            {t('quotes:actions.revise')}
          </Button>
        </Show>
        <Button
          onClick={() => void props.editor.duplicate().then((id) => navigate(`/quotes/${id}`))}
        >
          {t('quotes:actions.duplicate')}
        </Button>
        <Show when={status() === 'draft' && !props.editor.record()?.number}>
          <Button
            onClick={() =>
              void deleteDraftQuote(props.editor.record()?.id ?? '').then(() => navigate('/quotes'))
            }
          >
            {t('quotes:actions.delete')}
          </Button>
        </Show>
      </div>
      <p role="status" class="error">
        {message()}
      </p>
    </section>
  );
}
