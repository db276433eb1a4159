/** The welcome's steps, in order: who you are, your trade, « je » or « nous ». */
export const WELCOME_STEPS = ['identity', 'trade', 'voice'] as const;
/** One step of the welcome. */
export type WelcomeStep = (typeof WELCOME_STEPS)[number];

/** The step number (1 to 3) an address asks for (`?step=2`); the first for anything else. */
export function stepNumber(param: string | undefined): number {
  const step = Number(param);
  return Number.isInteger(step) && step >= 1 && step <= WELCOME_STEPS.length ? step : 1;
}
