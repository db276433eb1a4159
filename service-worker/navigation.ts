import { createHandlerBoundToURL } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/** Every in-app address opens offline: navigations get the precached index.html. */
export function setupNavigationFallback(): void {
  registerRoute(
    new NavigationRoute(createHandlerBoundToURL('index.html'), {
      // The sync API and static files are not app routes.
      denylist: [/^\/v1\//, /\.[a-z0-9]+$/i],
    }),
  );
}
