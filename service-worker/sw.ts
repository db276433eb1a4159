/// <reference lib="WebWorker" />
import { clientsClaim } from 'workbox-core';
import { setupCacheCleanup } from './cleanup';
import { setupLocaleCache } from './locales';
import { setupNavigationFallback } from './navigation';
import { setupPrecache } from './precache';
import { setupSyncWakeUp } from './sync';
import { setupUpdateHandshake } from './update';

declare const self: ServiceWorkerGlobalScope;

setupPrecache();
setupNavigationFallback();
setupLocaleCache();
setupCacheCleanup();
setupUpdateHandshake();
setupSyncWakeUp();
// Take control of open pages on first install; later versions wait for the user's go-ahead.
clientsClaim();

// Silences "self is unused" under isolated modules while keeping the global typed.
export type { self };
