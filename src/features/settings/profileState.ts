import { createSignal } from 'solid-js';
import {
  type CompanyProfile,
  emptyProfile,
  LEGAL_FORMS,
  type LegalForm,
  loadProfile,
  saveProfile,
  type VatRegime,
} from '../../db/profile';
import { runAction } from '../../ui/action';

/** The profile's shape and choices (components never import src/db). */
export { type CompanyProfile, LEGAL_FORMS, type LegalForm, type VatRegime };

/** Progress of the autosave, shown beside the form (a failure is shown apart, as an error). */
export type SaveState = 'idle' | 'saving' | 'saved';

/**
 * The profile being edited: loaded once, saved on every change as typed (valid or not), so that
 * nothing typed is lost to a reload, a crash or an app update.
 */
export function createProfileState() {
  // A signal, not a store: the form is small, and the first-run welcome, which shares this state,
  // then loads no store code.
  const [current, setCurrent] = createSignal<CompanyProfile>(emptyProfile());
  /** The profile as typed, read field by field (`profile.name`), each read following changes. */
  const profile = {} as Readonly<CompanyProfile>;
  for (const field of Object.keys(emptyProfile()) as (keyof CompanyProfile)[]) {
    Object.defineProperty(profile, field, { enumerable: true, get: () => current()[field] });
  }
  const [ready, setReady] = createSignal(false);
  const [loadError, setLoadError] = createSignal<unknown>(undefined);
  const [saveState, setSaveState] = createSignal<SaveState>('idle');
  const [saveFailure, setSaveFailure] = createSignal<string | undefined>(undefined);
  let generation = 0;

  /** Reads the saved profile (again after a failed read). */
  const load = () => {
    setLoadError(undefined);
    setReady(false);
    void loadProfile()
      .then((saved) => setCurrent(saved))
      .catch((error: unknown) =>
        setLoadError(() => error ?? new Error('The profile could not be read')),
      )
      .finally(() => setReady(true));
  };
  load();

  /** Changes one field and saves the whole profile at once. */
  async function update<K extends keyof CompanyProfile>(
    field: K,
    value: CompanyProfile[K],
  ): Promise<void> {
    const next = { ...current(), [field]: value };
    setCurrent(next);
    const mine = ++generation;
    setSaveState('saving');
    const saved = await runAction(() => saveProfile(next));
    // Only the latest change speaks: an earlier save finishing late must not hide a newer failure.
    if (mine !== generation) return;
    setSaveFailure(saved.ok ? undefined : saved.message);
    setSaveState(saved.ok ? 'saved' : 'idle');
    // The request for persistent storage loads with the first save, not with the form.
    if (saved.ok) {
      void import('../../db/storage')
        .then((storage) => storage.requestPersistenceOnce())
        .catch(() => undefined);
    }
  }

  return {
    profile,
    ready,
    saveState,
    /** The message key of the last save's failure, if it failed. */
    saveFailure,
    /** The saved profile could not be read: the form says so, with `retry`. */
    loaded: { error: loadError, retry: load },
    update,
  };
}
