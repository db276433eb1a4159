import type { FindingTarget } from './rules/checker';

/** Where a finding leads: the settings field for the profile, else an input of the editor. */
export function findingTarget(target: FindingTarget): { href: string } | { elementId: string } {
  switch (target.scope) {
    case 'profile':
      return { href: `/settings#field-${target.field}` };
    case 'customer':
      return { elementId: `quote-customer-${target.field}` };
    case 'line':
      return { elementId: `line-${target.itemId}-${target.field}` };
    case 'quote':
      return { elementId: `quote-${target.field}` };
  }
}

/** Moves the focus to an input of the page and brings it into view; false if it is not there. */
export function focusElement(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  element.focus();
  return true;
}
