import type { JSX } from 'solid-js';

/** What a screen shows when it has nothing yet: what this place is for and what to do next. */
export function EmptyState(props: { title: string; text: string; children?: JSX.Element }) {
  return (
    <section class="empty-state">
      <h2>{props.title}</h2>
      <p>{props.text}</p>
      {props.children}
    </section>
  );
}
