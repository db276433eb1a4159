import { createSignal, createUniqueId, Show, untrack } from 'solid-js';
import { language } from '../i18n';
import { formatMinutes } from '../i18n/format';
import { Button } from './Button';
import { Loaded, type Readable } from './Feedback';
import { MinutesStepper } from './MinutesStepper';

/** What a time-saved card says, in its feature's words (so its namespace stays lazy). */
export interface TimeSavedWords {
  title: string;
  question: string;
  /** The minutes field's accessible name. */
  minutes: string;
  /** The − and + buttons' names; without them the minutes are only typed. */
  less?: string;
  more?: string;
  /** The log button's text, given the minutes as shown ("1 h"). */
  confirm: (duration: string) => string;
  /** What the card says once the minutes are logged. */
  logged: (duration: string) => string;
}

/**
 * Once a document is done (a quote sent, a DOE exported): the minutes it saved, proposed and
 * editable, logged in one tap. Once `entry` holds the logged minutes, only they are shown, so a
 * document is never logged twice from here.
 */
export function TimeSavedCard(props: {
  /** The minutes first proposed (read once: then the stepper has them). */
  proposed: number;
  /** The entry already logged for the document (null while none), live. */
  entry: Readable<{ minutes: number } | null>;
  /** Logs the minutes; the feature says a failure (the entry then shows through `entry`). */
  log: (minutes: number) => Promise<unknown>;
  words: TimeSavedWords;
}) {
  const titleId = createUniqueId();
  const [minutes, setMinutes] = createSignal(untrack(() => props.proposed));
  const duration = (value: number) => formatMinutes(value, language());
  return (
    <section class="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{props.words.title}</h2>
      <Loaded query={props.entry} loading={null}>
        {(entry) => (
          <Show
            when={entry()}
            fallback={
              <>
                <p>{props.words.question}</p>
                <MinutesStepper
                  minutes={minutes()}
                  onMinutes={setMinutes}
                  label={props.words.minutes}
                  less={props.words.less}
                  more={props.words.more}
                />
                <Button variant="primary" wide onClick={() => void props.log(minutes())}>
                  {props.words.confirm(duration(minutes()))}
                </Button>
              </>
            }
          >
            {(logged) => <p role="status">{props.words.logged(duration(logged().minutes))}</p>}
          </Show>
        )}
      </Loaded>
    </section>
  );
}
