import { For } from 'solid-js';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import { deleteWithUndo } from './attachActions';
import { formatSize } from './format';
import type { AttachmentRecord } from './jobData';

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
    <ul class="file-list" aria-label={t('doe:file.list')}>
      <For each={props.files}>
        {(file) => (
          <li class="file-row">
            <span class="file-name">
              {file.name}
              <span class="muted"> · {formatSize(file.size)}</span>
            </span>
            <span class="actions">
              <Button
                aria-label={t('doe:file.open', { name: file.name })}
                onClick={() => openFile(file)}
              >
                {t('doe:file.openShort')}
              </Button>
              <Button
                aria-label={t('doe:file.delete', { name: file.name })}
                onClick={() => void deleteWithUndo(file)}
              >
                {t('doe:file.deleteShort')}
              </Button>
            </span>
          </li>
        )}
      </For>
    </ul>
  );
}
