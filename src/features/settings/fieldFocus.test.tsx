import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { render } from 'solid-js/web';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { focusFieldFromHash } from './fieldFocus';

let dispose = () => {};
beforeAll(() => {
  // jsdom lays nothing out, so it has no scrolling.
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(() => {
  dispose();
  document.body.textContent = '';
});

/** A form of two fields, opened at `address` (a finding's link: #field-<name>). */
function openForm(address: string) {
  const history = createMemoryHistory();
  history.set({ value: address });
  const host = document.body.appendChild(document.createElement('div'));
  const Form = () => {
    focusFieldFromHash(() => true);
    return (
      <form>
        <input name="mediatorName" aria-label="Nom du médiateur" />
        <input name="mediatorWebsite" aria-label="Site du médiateur" />
      </form>
    );
  };
  dispose = render(
    () => (
      <MemoryRouter history={history}>
        <Route path="/settings" component={Form} />
      </MemoryRouter>
    ),
    host,
  );
  const field = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`);
  return { field };
}

/** Lets the focus loop run for `frames` animation frames. */
async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('a link to a field', () => {
  it('puts the focus on the field it names', async () => {
    const { field } = openForm('/settings#field-mediatorName');
    await vi.waitFor(() => expect(document.activeElement).toBe(field('mediatorName')));
  });

  it('never takes the focus back from the next field the artisan went to', async () => {
    const { field } = openForm('/settings#field-mediatorName');
    await vi.waitFor(() => expect(document.activeElement).toBe(field('mediatorName')));
    field('mediatorWebsite')?.focus();
    await frames(12);
    expect(document.activeElement).toBe(field('mediatorWebsite'));
  });

  it('gives it back when the field lost it because its element went away', async () => {
    const { field } = openForm('/settings#field-mediatorName');
    await vi.waitFor(() => expect(document.activeElement).toBe(field('mediatorName')));
    (document.activeElement as HTMLElement).blur();
    await frames(3);
    expect(document.activeElement).toBe(field('mediatorName'));
  });
});
