// Who speaks in the texts the app writes: « je » for one person, « nous » for a team.

/** The grammatical person a business writes in. */
export const VOICES = ['je', 'nous'] as const;
/** « je » (one person) or « nous » (a team). */
export type Voice = (typeof VOICES)[number];

// Legal forms with a single owner: an EI (micro-entrepreneur included), an EURL or a SASU.
const ONE_PERSON_FORMS: readonly string[] = ['ei', 'eurl', 'sasu'];

/** Whether `value` is a voice. */
export function isVoice(value: unknown): value is Voice {
  return value === 'je' || value === 'nous';
}

/**
 * The voice of a business: the one chosen in the profile, else « je » for a one-person legal
 * form and « nous » otherwise (a team, or a form not given yet).
 */
export function voiceOf(chosen: string, legalForm: string): Voice {
  if (isVoice(chosen)) return chosen;
  return ONE_PERSON_FORMS.includes(legalForm) ? 'je' : 'nous';
}
