import { tm } from './strings';

/** Says plainly what leaves the phone when it is in a team, and what never does. */
export function PrivacyCard() {
  return (
    <section class="card privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{tm('privacy.title')}</h2>
      <p>{tm('privacy.shared')}</p>
      <p>{tm('privacy.never')}</p>
    </section>
  );
}
