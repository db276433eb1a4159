const PATHS = {
  home: 'M3 11.5 12 4l9 7.5V20a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z',
  templates: 'M5 3h10l4 4v14H5zM14 3v5h5M8 12h8M8 16h8',
  time: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 4v5l3.5 2',
  settings:
    'M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zM19.4 13a7.5 7.5 0 0 0 0-2l2-1.6-2-3.4-2.4 1a7.6 7.6 0 0 0-1.7-1L15 3h-4l-.4 2.9a7.6 7.6 0 0 0-1.7 1l-2.4-1-2 3.4 2 1.6a7.5 7.5 0 0 0 0 2l-2 1.6 2 3.4 2.4-1c.5.4 1.1.8 1.7 1L11 21h4l.4-2.9c.6-.3 1.2-.6 1.7-1l2.4 1 2-3.4z',
  review: 'M4 5h16v11H9l-5 4zM8 9h8M8 12h5',
  post: 'M4 4h16v16H4zM4 15l5-5 4 4 3-3 4 4',
  quote: 'M6 3h12v18l-3-2-3 2-3-2-3 2zM9 8h6M9 12h6',
  doe: 'M9 4h6v3H9zM6 6h3M15 6h3v15H6V6M9 12l2 2 4-4',
  install: 'M12 3v12m-5-5 5 5 5-5M5 21h14',
} as const;

/** The names of the app's icons. */
export type IconName = keyof typeof PATHS;

/** A decorative line icon (hidden from assistive technology: its label is next to it). */
export function Icon(props: { name: IconName }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d={PATHS[props.name]} />
    </svg>
  );
}
