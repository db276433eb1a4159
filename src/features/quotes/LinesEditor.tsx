import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { QUOTE_LIMITS } from '../../domain/quotes';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { reported } from '../../ui/Toast';
import type { QuoteEditor, QuoteItem, QuoteLine } from './editorState';
import { LibrarySheet } from './LibrarySheet';
import { LineEditor } from './LineEditor';
import { addToLibrary } from './libraryState';
import { newLine, newSection } from './rules/content';
import { parseCents } from './rules/decimal';

/** The quote's body: sections and lines, added by hand or from the item library. */
export function LinesEditor(props: { editor: QuoteEditor }) {
  const [message, setMessage] = createSignal('');
  const [library, setLibrary] = createSignal(false);
  const full = () => props.editor.content.items.length >= QUOTE_LIMITS.items;
  const defaultRate = () => {
    const lines = props.editor.content.items.filter(
      (item): item is QuoteLine => item.type === 'line',
    );
    return lines.at(-1)?.vatRate ?? 2000;
  };
  const add = (item: QuoteItem) => {
    if (full()) {
      setMessage(t('quotes:editor.full', { max: QUOTE_LIMITS.items }));
      return;
    }
    props.editor.update((draft) => {
      draft.items.push(item);
    }, item.id);
    setMessage('');
    queueMicrotask(() =>
      document
        .getElementById(item.type === 'line' ? `line-${item.id}-designation` : `section-${item.id}`)
        ?.focus(),
    );
  };
  const remove = (id: string) =>
    props.editor.update((draft) => {
      draft.items = draft.items.filter((item) => item.id !== id);
    });
  const save = (line: QuoteLine) => {
    const price = parseCents(line.unitPrice);
    if (!price.ok || line.designation.trim() === '') {
      setMessage(t('quotes:editor.cannotSave'));
      return;
    }
    const section = [...props.editor.content.items]
      .slice(0, props.editor.content.items.indexOf(line))
      .reverse()
      .find((item) => item.type === 'section');
    void addToLibrary({
      section: section?.type === 'section' ? section.title : '',
      designation: line.designation,
      unit: line.unit,
      unitPrice: price.value,
      vatRate: line.vatRate,
    }).then((added) => {
      // A failure says so in the toast; the line stays in the quote either way.
      if (reported(added)) setMessage(t('quotes:editor.saved'));
    });
  };
  return (
    <section class="card" aria-labelledby="lines-title">
      <h2 id="lines-title">{t('quotes:editor.lines')}</h2>
      <ol class="line-list">
        <For each={props.editor.content.items}>
          {(item) => (
            <Switch>
              <Match when={item.type === 'section' && item}>
                {(section) => (
                  <li class="section-row">
                    <TextField
                      id={`section-${section().id}`}
                      name="section"
                      label={t('quotes:editor.section')}
                      value={section().title}
                      autocomplete="off"
                      onValue={(value) =>
                        props.editor.update((draft) => {
                          const found = draft.items.find(
                            (candidate) => candidate.id === section().id,
                          );
                          if (found?.type === 'section') found.title = value;
                        })
                      }
                    />
                    <Button onClick={() => remove(section().id)}>
                      {t('quotes:editor.removeSection')}
                    </Button>
                  </li>
                )}
              </Match>
              <Match when={item.type === 'line' && item}>
                {(line) => {
                  const position = () =>
                    props.editor.content.items
                      .filter((candidate) => candidate.type === 'line')
                      .indexOf(line()) + 1;
                  return (
                    <LineEditor
                      editor={props.editor}
                      line={line() as QuoteLine}
                      index={position()}
                      onRemove={() => remove(line().id)}
                      onSave={() => save(line())}
                    />
                  );
                }}
              </Match>
            </Switch>
          )}
        </For>
      </ol>
      <p role="status" class="hint">
        {message()}
      </p>
      <div class="actions" id="quote-items" tabindex="-1">
        <Button variant="primary" onClick={() => add(newLine(defaultRate()))}>
          {t('quotes:editor.addLine')}
        </Button>
        <Button onClick={() => setLibrary(true)}>{t('quotes:editor.fromLibrary')}</Button>
        <Button onClick={() => add(newSection(t('quotes:sections.labour')))}>
          {t('quotes:editor.addSection')}
        </Button>
      </div>
      <Show when={library()}>
        <LibrarySheet
          onClose={() => setLibrary(false)}
          onPick={(line) => {
            add(line);
            setLibrary(false);
          }}
        />
      </Show>
    </section>
  );
}
