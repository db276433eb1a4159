import { type JSX, Show } from 'solid-js';

/**
 * What a screen shows when it has nothing yet: what this place is for and what to do next.
 * `page` makes it the whole screen (its title is then the page's one h1).
 */
export function EmptyState(props: {
  title: string;
  text: string;
  page?: boolean;
  children?: JSX.Element;
}) {
  return (
    <section class="empty-state">
      <Show when={props.page} fallback={<h2>{props.title}</h2>}>
        <h1>{props.title}</h1>
      </Show>
      <p>{props.text}</p>
      {props.children}
    </section>
  );
}
