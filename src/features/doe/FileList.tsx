import { For } from 'solid-js';
import type { AttachmentRecord } from '../../db/schema';
import { deleteWithUndo } from './attachActions';
import { formatSize, td } from './strings';

/** Opens a stored file in a new tab (the browser shows PDFs and images itself). */
function openFile(file: AttachmentRecord): void {
  const url = URL.createObjectURL(file.blob);
  window.open(url, '_blank', 'noopener');
  // The new tab has read it by then; the URL must not outlive the page's need for it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The files attached to an item as they were picked: name, size, open, delete. */
export function FileList(props: { files: AttachmentRecord[] }) {
  return (
    <ul class="file-list" aria-label={td('file.list')}>
      <For each={props.files}>
        {(file) => (
          <li class="file-row">
            <span class="file-name">
              {file.name}
              <span class="muted"> · {formatSize(file.size)}</span>
            </span>
            <span class="actions">
              <button
                type="button"
                class="button"
                aria-label={td('file.open', { name: file.name })}
                onClick={() => openFile(file)}
              >
                {td('file.openShort')}
              </button>
              <button
                type="button"
                class="button"
                aria-label={td('file.delete', { name: file.name })}
                onClick={() => void deleteWithUndo(file)}
              >
                {td('file.deleteShort')}
              </button>
            </span>
          </li>
        )}
      </For>
    </ul>
  );
}
