/** Every screen of the app, one address each, for the checks that walk them all. */
export const SCREENS = [
  '/',
  '/templates',
  '/compose/review-negative-delay',
  '/history',
  '/time',
  '/settings',
  '/team',
  '/quotes',
  '/quotes/new',
  '/quotes/library',
  '/quotes/settings',
  '/doe',
  '/doe/new',
  '/welcome',
] as const;
