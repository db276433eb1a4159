/** Copies text to the clipboard; falls back to a hidden textarea where the Clipboard API fails. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    // execCommand is deprecated but is the only fallback on older WebViews.
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** Whether the system share sheet is available. */
export function canShare(): boolean {
  return typeof navigator.share === 'function';
}

/** Opens the system share sheet with the text; resolves with what happened. */
export async function shareText(text: string): Promise<'shared' | 'cancelled' | 'unsupported'> {
  if (!canShare()) return 'unsupported';
  try {
    await navigator.share({ text });
    return 'shared';
  } catch {
    return 'cancelled';
  }
}
