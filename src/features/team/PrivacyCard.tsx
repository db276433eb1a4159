import { t } from '../../i18n';

/** Says plainly what leaves the phone when it is in a team, and what never does. */
export function PrivacyCard() {
  return (
    <section class="card privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('team:privacy.title')}</h2>
      <p>{t('team:privacy.shared')}</p>
      <p>{t('team:privacy.never')}</p>
    </section>
  );
}
