/** A language's grammar: how values join phrases, typography, dates and numbers. */
export interface Grammar {
  /** Joins each phrase word and the value inserted after it (marks kept). */
  junctions(text: string): string;
  /** The language's typography, applied to the whole text (marks removed). */
  typography(text: string): string;
  /** One day, with its weekday: « vendredi 1er mai », "Friday 1 May". */
  day(time: number): string;
  /** Both ends of a range of days, each as short as the other allows (« du 4 au 24 août »). */
  range(from: number, until: number): { from: string; until: string };
  /** A number as the language writes it (thousands separated). */
  number(value: number): string;
}
