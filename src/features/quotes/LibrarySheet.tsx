import { For, Show } from 'solid-js';
import { language, t } from '../../i18n';
import { Button } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import type { QuoteLine } from './editorState';
import { type CatalogItem, createLibrary } from './libraryState';
import { newLine } from './rules/content';
import { formatCentsInput } from './rules/decimal';
import { quoteFormatter } from './words';

/** Library items grouped by section, in order. */
function bySection(items: readonly CatalogItem[]): Array<[string, CatalogItem[]]> {
  const groups = new Map<string, CatalogItem[]>();
  for (const item of items) groups.set(item.section, [...(groups.get(item.section) ?? []), item]);
  return [...groups];
}

/** The item library as a list to pick from: one tap adds the line. */
export function LibrarySheet(props: { onPick: (line: QuoteLine) => void; onClose: () => void }) {
  const items = createLibrary();
  const format = () => quoteFormatter(language());
  return (
    <div class="sheet" role="dialog" aria-modal="false" aria-labelledby="library-title">
      <h3 id="library-title">{t('quotes:library.pick')}</h3>
      <Loaded query={items}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="hint">{t('quotes:library.empty')}</p>}>
            <For each={bySection(list())}>
              {([section, group]) => (
                <div>
                  <h4>{section || t('quotes:library.noSection')}</h4>
                  <ul class="pick-list">
                    <For each={group}>
                      {(item) => (
                        <li>
                          <button
                            type="button"
                            class="pick"
                            onClick={() =>
                              props.onPick(
                                newLine(item.vatRate, {
                                  designation: item.designation,
                                  unit: item.unit,
                                  unitPrice: formatCentsInput(item.unitPrice),
                                }),
                              )
                            }
                          >
                            <strong class="one-line">{item.designation}</strong>
                            <span class="muted">
                              {format().money(item.unitPrice)} /{' '}
                              {t(`quotes:units.${item.unit}`, { defaultValue: item.unit })} ·{' '}
                              {format().rate(item.vatRate)}
                            </span>
                          </button>
                        </li>
                      )}
                    </For>
                  </ul>
                </div>
              )}
            </For>
          </Show>
        )}
      </Loaded>
      <Button wide onClick={() => props.onClose()}>
        {t('quotes:library.close')}
      </Button>
    </div>
  );
}
