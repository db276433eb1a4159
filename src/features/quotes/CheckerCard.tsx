import { useNavigate } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t } from '../../i18n';
import { findingTarget, focusElement } from './findingLinks';
import type { Finding } from './rules/checker';

/** What the checker found, each finding a button that leads to the field to fix. */
export function CheckerCard(props: { findings: readonly Finding[]; title?: string }) {
  const navigate = useNavigate();
  const go = (finding: Finding) => {
    const target = findingTarget(finding.target);
    if ('href' in target) navigate(target.href);
    else focusElement(target.elementId);
  };
  const errors = () => props.findings.filter((finding) => finding.severity === 'error').length;
  return (
    <section class="card" aria-labelledby="checker-title" id="checker">
      <h2 id="checker-title">{props.title ?? t('quotes:checker.title')}</h2>
      <Show
        when={props.findings.length > 0}
        fallback={<p role="status">{t('quotes:checker.ok')}</p>}
      >
        <p role="status">
          {errors() > 0
            ? t('quotes:checker.summary', { count: errors() })
            : t('quotes:checker.onlyWarnings')}
        </p>
        <ul class="findings-list">
          <For each={props.findings}>
            {(finding) => (
              <li>
                <button
                  type="button"
                  class="finding"
                  classList={{ warning: finding.severity === 'warning' }}
                  onClick={() => go(finding)}
                >
                  <span class="visually-hidden">
                    {t(`quotes:checker.severity.${finding.severity}`)}{' '}
                  </span>
                  {t(`quotes:checker.${finding.id}`, finding.values)}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
