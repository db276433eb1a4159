try {
  const warmUp = indexedDB.open('etabli');
  warmUp.onupgradeneeded = () => warmUp.transaction.abort();
  warmUp.onsuccess = () => warmUp.result.close();
} catch {}
try {
  const { theme } = JSON.parse(localStorage.getItem('etabli:settings'));
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {}
