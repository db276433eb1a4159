import { createSignal } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { type CompanyProfile, emptyProfile, loadProfile, saveProfile } from '../../db/profile';
import { requestPersistenceOnce } from '../../db/storage';

/** Save state shown beside the form. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * The profile being edited: loaded once, saved on every change as typed (valid or not), so that
 * nothing typed is lost to a reload, a crash or an app update.
 */
export function createProfileState() {
  const [profile, setProfile] = createStore<CompanyProfile>(emptyProfile());
  const [ready, setReady] = createSignal(false);
  const [saveState, setSaveState] = createSignal<SaveState>('idle');
  let generation = 0;

  void loadProfile()
    .then((saved) => setProfile(saved))
    .catch(() => setSaveState('error'))
    .finally(() => setReady(true));

  /** Changes one field and saves the whole profile at once. */
  function update<K extends keyof CompanyProfile>(field: K, value: CompanyProfile[K]): void {
    setProfile(field, value as never);
    const mine = ++generation;
    setSaveState('saving');
    saveProfile({ ...unwrap(profile) })
      .then(() => {
        if (mine === generation) setSaveState('saved');
        return requestPersistenceOnce();
      })
      .catch(() => setSaveState('error'));
  }

  return { profile, ready, saveState, update };
}
