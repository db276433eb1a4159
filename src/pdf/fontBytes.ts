// For tests: they import the fonts with Vite's `?inline` (a data URL), not through the network.

/** The bytes of a file imported as a base64 data URL. */
export function fontBytes(dataUrl: string): Uint8Array {
  return Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (char) =>
    char.charCodeAt(0),
  );
}
