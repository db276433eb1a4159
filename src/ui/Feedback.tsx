import { type Accessor, type JSX, Match, Show, Switch } from 'solid-js';
import { t } from '../i18n';
import { Button } from './Button';

/** A read that can fail and be tried again (a live query of src/db, through a feature). */
export interface Readable<T> {
  value: Accessor<T | undefined>;
  error: Accessor<unknown>;
  retry: () => void;
}

/** What failed, beside the form or section it concerns (a field's own error goes in its `error`). */
export function ErrorMessage(props: { message: string | undefined }) {
  return (
    <Show when={props.message}>
      <p class="error" role="alert">
        {props.message}
      </p>
    </Show>
  );
}

/** Says that the device's data could not be read, with a button to try again. */
export function ReadError(props: { onRetry: () => void }) {
  return (
    <div class="read-error" role="alert">
      <p class="error">{t('failures.read')}</p>
      <Button onClick={() => props.onRetry()}>{t('failures.retry')}</Button>
    </div>
  );
}

/**
 * Shows a read's value (`children`), `loading` until it arrives (or the children with `initial`),
 * and, when the read failed, says so with Retry: never an empty list in its place.
 */
export function Loaded<T>(props: {
  query: Readable<T>;
  children: (value: Accessor<T>) => JSX.Element;
  loading?: JSX.Element;
  initial?: T;
}) {
  // Only `undefined` means "not read yet": null is a value (e.g. "no entry for this document").
  const value = () => {
    const read = props.query.value();
    return read === undefined ? props.initial : read;
  };
  // `loading={null}` shows nothing while the read runs.
  const loading = () =>
    props.loading === undefined ? <p class="loading">{t('app.loading')}</p> : props.loading;
  return (
    <Switch fallback={loading()}>
      <Match when={props.query.error() !== undefined}>
        <ReadError onRetry={props.query.retry} />
      </Match>
      <Match when={value() !== undefined}>{props.children(value as Accessor<T>)}</Match>
    </Switch>
  );
}
