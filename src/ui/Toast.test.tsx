import { render } from 'solid-js/web';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDO_MS } from '../domain/limits';
import { initI18n } from '../i18n';
import { runAction } from './action';
import { dismissToast, reported, screenChanged, showToast, Toast, toast, undoToast } from './Toast';

beforeEach(async () => {
  await initI18n('fr');
});

afterEach(() => {
  dismissToast();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the toast', () => {
  it('shows the message with Undo, and goes after UNDO_MS', () => {
    vi.useFakeTimers();
    const host = document.createElement('div');
    const dispose = render(() => <Toast />, host);
    showToast({ message: () => '5 min ajoutées.', undo: async () => undefined });
    expect(host.textContent).toContain('5 min ajoutées.');
    expect(host.querySelector('button')?.textContent).toBe('Annuler');
    vi.advanceTimersByTime(UNDO_MS - 1);
    expect(toast()).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(toast()).toBeNull();
    expect(host.textContent).toBe('');
    dispose();
  });

  it('runs the undo once, then hides', async () => {
    const undo = vi.fn(async () => undefined);
    showToast({ message: () => 'Entrée supprimée.', undo });
    await undoToast();
    await undoToast();
    expect(undo).toHaveBeenCalledTimes(1);
    expect(toast()).toBeNull();
  });

  it('says so when the undo fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    showToast({
      message: () => 'Entrée supprimée.',
      undo: () => Promise.reject(new Error('full')),
    });
    await undoToast();
    expect(toast()?.error).toBe(true);
    expect(toast()?.message()).toBe(
      "Impossible d'enregistrer\u00A0: l'espace de stockage est peut-être plein.",
    );
  });

  it('expires what it offered to undo once Undo is gone: time out, next toast, screen change', async () => {
    vi.useFakeTimers();
    const expired: string[] = [];
    const removal = (name: string) => ({
      message: () => name,
      undo: async () => undefined,
      expire: async () => void expired.push(name),
    });
    showToast(removal('timed out'));
    vi.advanceTimersByTime(UNDO_MS);
    showToast(removal('replaced'));
    showToast(removal('left'));
    dismissToast();
    await vi.runAllTimersAsync();
    expect(expired).toEqual(['timed out', 'replaced', 'left']);
  });

  it('goes when the screen changes, unless it names the screen arrived at', () => {
    showToast({ message: () => 'Temps enregistré.' });
    screenChanged('/time');
    expect(toast()).toBeNull();
    showToast({ message: () => 'Chantier supprimé.', screen: '/doe' });
    screenChanged('/doe');
    expect(toast()?.message()).toBe('Chantier supprimé.');
    screenChanged('/');
    expect(toast()).toBeNull();
  });

  it('never expires what was undone', async () => {
    const expire = vi.fn(async () => undefined);
    showToast({ message: () => 'Photo supprimée.', undo: async () => undefined, expire });
    await undoToast();
    dismissToast();
    expect(expire).not.toHaveBeenCalled();
  });

  it('says so when expiring fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    showToast({ message: () => 'Photo supprimée.', expire: () => Promise.reject(new Error('x')) });
    dismissToast();
    await vi.waitFor(() => expect(toast()?.error).toBe(true));
  });

  it('reports a failed action in the toast and returns null; a success returns its value', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(reported(await runAction(async () => 'saved'))).toBe('saved');
    expect(toast()).toBeNull();
    expect(
      reported(await runAction(() => Promise.reject(new Error('x')), 'failures.read')),
    ).toBeNull();
    expect(toast()?.message()).toBe('Impossible de lire les données de cet appareil.');
  });
});
