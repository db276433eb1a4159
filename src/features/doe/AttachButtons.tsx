import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n';
import { Button, buttonClass } from '../../ui/Button';
import type { AttachResult, AttachTarget } from './attach';
import { addFiles, addPhotos, busy, problemMessage } from './attachActions';

/**
 * Take a photo (the camera opens directly), choose photos, or attach files as they are. Each
 * file is handled on its own; what could not be attached is listed with the reason, and stays
 * listed until the next attempt.
 */
export function AttachButtons(props: { jobId: string; itemId: string }) {
  const [problems, setProblems] = createSignal<string[]>([]);
  const target = (): AttachTarget => ({ jobId: props.jobId, itemId: props.itemId });
  const take = async (
    input: HTMLInputElement,
    attach: (to: AttachTarget, files: File[]) => Promise<AttachResult[]>,
  ) => {
    const files = [...(input.files ?? [])];
    // Emptied at once so the same file can be picked again after a failure.
    input.value = '';
    if (files.length === 0) return;
    setProblems([]);
    const results = await attach(target(), files);
    setProblems(results.flatMap((result) => (result.ok ? [] : [problemMessage(result)])));
  };
  return (
    <div class="attach">
      <div class="actions">
        <label class={buttonClass({ variant: 'primary', class: 'file-button' })}>
          {t('doe:attach.camera')}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            class="visually-hidden"
            disabled={busy() !== null}
            onChange={(event) => void take(event.currentTarget, addPhotos)}
          />
        </label>
        <label class={buttonClass({ class: 'file-button' })}>
          {t('doe:attach.pick')}
          <input
            type="file"
            accept="image/*"
            multiple
            class="visually-hidden"
            disabled={busy() !== null}
            onChange={(event) => void take(event.currentTarget, addPhotos)}
          />
        </label>
        <label class={buttonClass({ class: 'file-button' })}>
          {t('doe:attach.file')}
          <input
            type="file"
            multiple
            class="visually-hidden"
            disabled={busy() !== null}
            onChange={(event) => void take(event.currentTarget, addFiles)}
          />
        </label>
      </div>
      <p class="hint" role="status">
        <Show when={busy()}>
          {(progress) =>
            t('doe:attach.busy', { done: progress().done + 1, count: progress().total })
          }
        </Show>
      </p>
      <Show when={problems().length > 0}>
        <div class="card notice attach-problems" role="alert">
          <ul>
            <For each={problems()}>{(problem) => <li>{problem}</li>}</For>
          </ul>
          <Button onClick={() => setProblems([])}>{t('doe:attach.dismiss')}</Button>
        </div>
      </Show>
    </div>
  );
}
