import type { TOptions } from 'i18next';
import { t } from '../../i18n';

/** A string of the `customers` namespace (loaded with the screens that pick customers). */
export function tc(key: string, options?: TOptions): string {
  return t(key, { ...options, ns: 'customers' });
}
