import { A } from '@solidjs/router';
import { onMount, Show } from 'solid-js';
import { language, t } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { canShare, copyText, shareText } from '../../lib/share';
import type { TemplateDefinition } from '../../templates/types';
import { Button } from '../../ui/Button';
import type { ComposeState } from './composeState';
import { ReviewRating } from './ReviewRating';
import { TimeProposal } from './TimeProposal';

/** After validation: the frozen text, copy and share, and the time-saved proposal. */
export function DoneStep(props: {
  template: TemplateDefinition;
  state: ComposeState;
  copied: boolean | null;
  onCopied: (copied: boolean) => void;
}) {
  const copy = async () => props.onCopied(await copyText(props.state.text()));
  // After "Valider et copier", focus moves to the result (announced, and the next tap is here).
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <section aria-labelledby="done-title">
      <h2 id="done-title" ref={heading} tabindex="-1">
        {t('compose:compose.doneTitle')}
      </h2>
      {/* What the artisan needs before leaving to paste: copied, and the minutes counted. */}
      <Show when={props.copied !== null}>
        <p role="status" class={props.copied ? 'hint' : 'error'}>
          {props.copied ? t('compose:compose.copied') : t('compose:compose.copyFailed')}
        </p>
      </Show>
      <Show when={props.state.state.id}>
        {(id) => <TimeProposal template={props.template} documentId={id()} />}
      </Show>
      <p class="hint">
        {t('compose:compose.validatedBy', {
          who: props.state.state.validatedBy ?? '',
          date: formatDate(props.state.state.validatedAt ?? 0, language()),
        })}
      </p>
      <p class="final-text" data-testid="final-text">
        {props.state.text()}
      </p>
      <div class="actions">
        <Button variant="primary" onClick={() => void copy()}>
          {t('compose:compose.copyAgain')}
        </Button>
        <Show when={canShare()}>
          <Button onClick={() => void shareText(props.state.text())}>
            {t('compose:compose.share')}
          </Button>
        </Show>
      </div>
      <Show when={props.state.state.id}>
        {(id) => (
          <Show when={props.template.family === 'reviews' && props.state.answers().stars}>
            {(stars) => <ReviewRating documentId={id()} stars={Number(stars())} />}
          </Show>
        )}
      </Show>
      <div class="actions">
        <A class="text-link" href="/history">
          {t('compose:compose.toHistory')}
        </A>
        <A class="text-link" href="/templates">
          {t('compose:compose.another')}
        </A>
      </div>
    </section>
  );
}
