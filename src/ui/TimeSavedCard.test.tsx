import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTRY_MINUTES } from '../domain/limits';
import { initI18n } from '../i18n';
import { formatMinutes } from '../i18n/format';
import type { Readable } from './Feedback';
import { TimeSavedCard, type TimeSavedWords } from './TimeSavedCard';

const words: TimeSavedWords = {
  title: 'Temps gagné',
  question: 'Combien ?',
  minutes: 'Minutes gagnées',
  less: 'Une minute de moins',
  more: 'Une minute de plus',
  confirm: (duration) => `Ajouter ${duration}`,
  logged: (duration) => `${duration} ajoutées.`,
};

/** Minutes as the card shows them (with French spacing). */
const shown = (minutes: number) => formatMinutes(minutes, 'fr');

let host: HTMLElement;
let dispose = () => {};

beforeEach(async () => {
  await initI18n('fr');
  // In the document: Solid delegates clicks to it.
  host = document.body.appendChild(document.createElement('div'));
});

afterEach(() => {
  dispose();
  host.remove();
});

/** Renders a card over an entry the test sets, logging into `logs` (the entry then shows). */
function renderCard(proposed: number, cardWords: TimeSavedWords = words) {
  const [value, setValue] = createSignal<{ minutes: number } | null | undefined>(null);
  const entry: Readable<{ minutes: number } | null> = {
    value,
    error: () => undefined,
    retry: () => {},
  };
  const logs: number[] = [];
  const log = async (minutes: number) => {
    logs.push(minutes);
    setValue({ minutes });
  };
  dispose = render(
    () => <TimeSavedCard proposed={proposed} entry={entry} log={log} words={cardWords} />,
    host,
  );
  const button = (name: string) =>
    [...host.querySelectorAll('button')].find(
      (b) => b.textContent === name || b.ariaLabel === name,
    );
  const input = () => host.querySelector('input') as HTMLInputElement;
  const type = (text: string) => {
    input().value = text;
    input().dispatchEvent(new InputEvent('input', { bubbles: true }));
  };
  return { logs, button, input, type, setValue };
}

describe('TimeSavedCard', () => {
  it('proposes the minutes, steps and takes typed ones, logs them once, then says so', async () => {
    const card = renderCard(60);
    expect(host.querySelector('h2')?.id).toBe(
      host.querySelector('section')?.getAttribute('aria-labelledby'),
    );
    expect(card.input().value).toBe('60');
    expect(host.querySelector('label')?.textContent).toContain('Minutes gagnées');
    card.button('Une minute de plus')?.click();
    expect(card.button(`Ajouter ${shown(61)}`)).toBeDefined();
    card.type('0');
    card.type('45');
    card.button('Une minute de moins')?.click();
    card.button(`Ajouter ${shown(44)}`)?.click();
    await Promise.resolve();
    expect(card.logs).toEqual([44]);
    expect(host.querySelector('[role="status"]')?.textContent).toBe(`${shown(44)} ajoutées.`);
    expect(host.querySelector('input')).toBeNull();
  });

  it('keeps the minutes within what one entry holds, and offers no − / + without their names', () => {
    const card = renderCard(60, { ...words, less: undefined, more: undefined });
    expect(host.querySelectorAll('button')).toHaveLength(1);
    card.type('99999');
    expect(card.input().value).toBe(String(ENTRY_MINUTES.max));
    card.type('-3');
    expect(card.input().value).toBe('-3');
    card.type('0.6');
    expect(card.input().value).toBe(String(ENTRY_MINUTES.min));
  });

  it('shows only what was logged when the document already has its entry', () => {
    const card = renderCard(20);
    card.setValue({ minutes: 35 });
    expect(host.textContent).toContain(`${shown(35)} ajoutées.`);
    expect(host.querySelector('button')).toBeNull();
  });
});
