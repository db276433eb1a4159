// Apart from the engine so that layout code can read it without loading pdfkit.

/** Colours (hex) and type sizes (points) shared by the app's documents. */
export const STYLE = {
  text: '#1d1d1b',
  muted: '#5b5b57',
  accent: '#1f4e79',
  alert: '#8a1c12',
  rule: '#c9c6bd',
  size: 10,
  small: 8.5,
} as const;
