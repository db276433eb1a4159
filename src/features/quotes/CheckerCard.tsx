import { useNavigate } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { findingTarget, focusElement } from './findingLinks';
import type { Finding } from './rules/checker';
import { tq } from './strings';

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
      <h2 id="checker-title">{props.title ?? tq('checker.title')}</h2>
      <Show when={props.findings.length > 0} fallback={<p role="status">{tq('checker.ok')}</p>}>
        <p role="status">
          {errors() > 0 ? tq('checker.summary', { count: errors() }) : tq('checker.onlyWarnings')}
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
                  <span class="visually-hidden">{tq(`checker.severity.${finding.severity}`)} </span>
                  {tq(`checker.${finding.id}`, finding.values)}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
