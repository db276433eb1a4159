import { useLocation } from '@solidjs/router';
import { type Accessor, createEffect } from 'solid-js';

/**
 * Leads a link such as /settings#field-siret (from the quote checker) to that field once the form
 * is `ready`. The router's location is read: the address bar changes only once the screen shows.
 */
export function focusFieldFromHash(ready: Accessor<boolean>): void {
  const routerLocation = useLocation();
  createEffect(() => {
    const field = /^#field-(\w+)$/.exec(routerLocation.hash)?.[1];
    if (!ready() || !field) return;
    // The form may still be held by a Suspense boundary, and the previous screen's focused
    // button may be removed after it: keep the focus on the field for a few frames (≤ 5 s).
    // Once the field had it, the focus is taken back only when it fell to the page (its element
    // removed), never from another field: the artisan may already be typing there.
    const until = performance.now() + 5000;
    let steady = 0;
    let focusedOnce = false;
    const focus = () => {
      const input = document.querySelector<HTMLElement>(`[name="${field}"]`);
      const active = document.activeElement;
      if (focusedOnce && active !== input && active !== null && active !== document.body) return;
      if (input?.isConnected && active !== input) {
        input.scrollIntoView({ block: 'center' });
        input.focus();
        focusedOnce = document.activeElement === input;
        steady = 0;
      } else if (input?.isConnected) {
        focusedOnce = true;
        steady += 1;
      }
      if (steady < 10 && performance.now() < until) requestAnimationFrame(focus);
    };
    requestAnimationFrame(focus);
  });
}
