import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { ErrorMessage, Loaded, type Readable } from './Feedback';

beforeEach(async () => {
  await initI18n('fr');
});

/** A read whose value and error the test sets, counting retries. */
function fakeRead<T>() {
  const [value, setValue] = createSignal<T | undefined>(undefined);
  const [error, setError] = createSignal<unknown>(undefined);
  let retries = 0;
  const query: Readable<T> = { value, error, retry: () => (retries += 1) };
  return { query, setValue, setError, retries: () => retries };
}

describe('Loaded', () => {
  it('shows loading, then the value; a failure says so with Retry instead of an empty list', () => {
    const read = fakeRead<string[]>();
    // In the document: Solid delegates clicks to it.
    const host = document.body.appendChild(document.createElement('div'));
    const dispose = render(
      () => <Loaded query={read.query}>{(items) => <p>{items().length} textes</p>}</Loaded>,
      host,
    );
    expect(host.textContent).toBe('Chargement…');
    read.setValue([]);
    expect(host.textContent).toBe('0 textes');
    read.setError(new Error('disk'));
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Impossible de lire les données de cet appareil.',
    );
    expect(host.textContent).not.toContain('textes');
    host.querySelector('button')?.click();
    expect(read.retries()).toBe(1);
    dispose();
    host.remove();
  });

  it('renders the children with `initial` until the value arrives, or nothing with loading={null}', () => {
    const read = fakeRead<number>();
    const host = document.createElement('div');
    const dispose = render(
      () => (
        <>
          <Loaded query={read.query} initial={0}>
            {(minutes) => <span>{minutes()} min</span>}
          </Loaded>
          <Loaded query={read.query} loading={null}>
            {(minutes) => <em>{minutes()}</em>}
          </Loaded>
        </>
      ),
      host,
    );
    expect(host.innerHTML).toBe('<span>0 min</span>');
    read.setValue(25);
    expect(host.innerHTML).toBe('<span>25 min</span><em>25</em>');
    dispose();
  });
});

describe('Loaded with a null value', () => {
  it('shows the children: null means "read, and nothing there", not "loading"', () => {
    const read = fakeRead<string | null>();
    const host = document.createElement('div');
    const dispose = render(
      () => (
        <Loaded query={read.query} loading={null}>
          {(entry) => <p>{entry() ?? 'aucune entrée'}</p>}
        </Loaded>
      ),
      host,
    );
    expect(host.textContent).toBe('');
    read.setValue(null);
    expect(host.textContent).toBe('aucune entrée');
    dispose();
  });
});

describe('ErrorMessage', () => {
  it('is an alert while there is a message, and nothing otherwise', () => {
    const [message, setMessage] = createSignal<string | undefined>(undefined);
    const host = document.createElement('div');
    const dispose = render(() => <ErrorMessage message={message()} />, host);
    expect(host.innerHTML).toBe('');
    setMessage('Échec');
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Échec');
    dispose();
  });
});
