import { useNavigate } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n';
import type { ActionResult } from '../../ui/action';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/Feedback';
import { reported } from '../../ui/Toast';
import type { QuoteEditor } from './editorState';

/** What can be done with the quote in its status: sign, mark sent, answer, new version, copy. */
export function QuoteActions(props: { editor: QuoteEditor; onSign: () => void }) {
  const navigate = useNavigate();
  const [blockedMessage, setBlockedMessage] = createSignal<string>();
  const status = () => props.editor.status();
  const blocked = () => !props.editor.canIssue();
  const guard = (action: () => void) => () => {
    if (blocked()) {
      setBlockedMessage(t('quotes:actions.blocked'));
      document.getElementById('checker')?.scrollIntoView({ block: 'start' });
      return;
    }
    setBlockedMessage(undefined);
    action();
  };
  /** Runs an action; a failure shows in the toast, a success may lead elsewhere. */
  const run =
    <T,>(action: () => Promise<ActionResult<T>>, then?: (value: T) => void) =>
    async () => {
      const value = reported(await action());
      if (value !== null) then?.(value);
    };
  const open = (id: string) => navigate(`/quotes/${id}`);
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
          <Button onClick={guard(() => void run(() => props.editor.markSent())())}>
            {t('quotes:actions.markSent')}
          </Button>
        </Show>
        <Show when={status() === 'sent' || status() === 'expired'}>
          <Button onClick={run(() => props.editor.answer('accepted'))}>
            {t('quotes:actions.accepted')}
          </Button>
          <Button onClick={run(() => props.editor.answer('refused'))}>
            {t('quotes:actions.refused')}
          </Button>
        </Show>
        <Show when={props.editor.record()?.frozen}>
          <Button onClick={run(() => props.editor.revise(), open)}>
            {t('quotes:actions.revise')}
          </Button>
        </Show>
        <Button onClick={run(() => props.editor.duplicate(), open)}>
          {t('quotes:actions.duplicate')}
        </Button>
        <Show when={status() === 'draft' && !props.editor.record()?.number}>
          <Button
            variant="danger"
            onClick={run(
              () => props.editor.remove(),
              () => navigate('/quotes'),
            )}
          >
            {t('quotes:actions.delete')}
          </Button>
        </Show>
      </div>
      <ErrorMessage message={blockedMessage()} />
    </section>
  );
}
