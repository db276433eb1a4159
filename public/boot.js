// Runs from index.html before any module, while they load (a file, not an inline script: the
// Content-Security-Policy allows scripts from this origin only). Keep in step with
// src/db/schema.ts (the database name) and src/db/settingsHint.ts (the key);
// src/db/settingsHint.test.ts checks both.
try {
  // Opening IndexedDB is slow on a cold start: start now, so it is ready when the app asks.
  // Never creates the database (an upgrade means it does not exist yet).
  const warmUp = indexedDB.open('etabli');
  warmUp.onupgradeneeded = () => warmUp.transaction.abort();
  warmUp.onsuccess = () => warmUp.result.close();
} catch {
  // No IndexedDB here: the app says so when it needs it.
}
try {
  // The theme chosen on this device, before the first paint: no flash of the other one.
  const { theme } = JSON.parse(localStorage.getItem('etabli:settings'));
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // No settings kept yet, or no storage: the system's theme applies.
}
