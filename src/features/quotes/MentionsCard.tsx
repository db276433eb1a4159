import { For } from 'solid-js';
import { language, t } from '../../i18n';
import type { QuoteEditor } from './editorState';
import { partyMentions, signatureMentions, termMentions } from './rules/mentions';
import { uiLookup } from './strings';
import { mentionText, quoteFormatter } from './words';

/** The terms and legal mentions the customer reads before signing, as the PDF prints them. */
export function MentionsCard(props: { editor: QuoteEditor }) {
  const texts = () => {
    const context = props.editor.context();
    const format = quoteFormatter(language());
    const lookup = uiLookup();
    return [
      ...termMentions(context, format),
      ...partyMentions(context),
      ...signatureMentions(context),
    ].map((m) => mentionText(lookup, m));
  };
  return (
    <section class="card" aria-labelledby="mentions-title">
      <h2 id="mentions-title">{t('quotes:editor.mentions')}</h2>
      <ul class="mentions">
        <For each={texts()}>{(text) => <li>{text}</li>}</For>
      </ul>
    </section>
  );
}
