import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { language, t } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { checkText, type Finding } from '../../templates/checks';
import { Button } from '../../ui/Button';
import type { ComposeState } from './composeState';
import { questionLabel } from './labels';

/** Says which contact details of the profile were left out of the text, and where to fix them. */
export function DroppedContacts(props: { state: ComposeState }) {
  const which = () => (props.state.dropped().length > 1 ? 'both' : props.state.dropped()[0]);
  return (
    <Show when={props.state.dropped().length > 0}>
      <p class="hint" data-testid="contact-dropped">
        {t(`compose:compose.contactDropped.${which()}`)}{' '}
        <A href="/settings">{t('compose:compose.toSettings')}</A>
      </p>
    </Show>
  );
}

function findingText(finding: Finding): string {
  switch (finding.code) {
    case 'too-long':
      return t('compose:checks.tooLong', { max: formatNumber(finding.max, language()) });
    case 'over-recommended':
      return t('compose:checks.overRecommended', { recommended: finding.recommended });
    case 'too-many-hashtags':
      return t('compose:checks.tooManyHashtags', { max: finding.max });
    case 'too-few-hashtags':
      return t('compose:checks.tooFewHashtags', { min: finding.min });
    case 'personal-data':
      return t(`compose:checks.personal.${finding.kind}`, { match: finding.match });
  }
}

/** The text step: free edit of the composed text, live checks, another wording, validation. */
export function TextStep(props: {
  state: ComposeState;
  onValidate: () => void;
  validating: boolean;
  /** Goes back to a question that must be answered first. */
  onComplete: (questionId: string) => void;
}) {
  const missing = () => props.state.missing();
  const checks = createMemo(() => {
    const company = props.state.context().company;
    return checkText(props.state.text(), props.state.context().platform, {
      allow: [company.phone, company.email].filter(Boolean),
    });
  });
  return (
    <section class="text-step" aria-labelledby="text-step-title">
      <h2 id="text-step-title">{t('compose:compose.textTitle')}</h2>
      <div class="field">
        <label for="composed-text">{t('compose:compose.textLabel')}</label>
        <textarea
          id="composed-text"
          rows={12}
          value={props.state.text()}
          aria-describedby="text-counter"
          onInput={(event) => props.state.edit(event.currentTarget.value)}
        />
        <p id="text-counter" class="hint" classList={{ error: checks().length > checks().max }}>
          {t(
            checks().unit === 'bytes'
              ? 'compose:compose.counterBytes'
              : 'compose:compose.counterChars',
            {
              length: formatNumber(checks().length, language()),
              max: formatNumber(checks().max, language()),
            },
          )}
        </p>
      </div>
      <Show when={checks().findings.length > 0}>
        <ul class="findings" role="alert">
          <For each={checks().findings}>{(finding) => <li>{findingText(finding)}</li>}</For>
        </ul>
      </Show>
      <DroppedContacts state={props.state} />
      <Show when={missing().length > 0}>
        <p class="error" role="alert">
          {t('compose:compose.missing', {
            questions: missing()
              .map((question) => questionLabel(props.state.template, question))
              .join(', '),
          })}{' '}
          <Button onClick={() => props.onComplete(missing()[0]?.id ?? '')}>
            {t('compose:compose.complete')}
          </Button>
        </p>
      </Show>
      <div class="actions">
        <Button onClick={() => props.state.anotherWording()}>
          {t('compose:compose.anotherWording')}
        </Button>
        <Show when={props.state.state.ownBody !== ''}>
          <Button onClick={() => props.state.backToOwnText()}>
            {t('compose:compose.backToOwnText')}
          </Button>
        </Show>
        <Button
          variant="primary"
          disabled={props.validating || props.state.text().trim() === '' || missing().length > 0}
          onClick={() => props.onValidate()}
        >
          {t('compose:compose.validate')}
        </Button>
      </div>
      <p class="hint">{t('compose:compose.validateWhy')}</p>
    </section>
  );
}
