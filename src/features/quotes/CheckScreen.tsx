import { A } from '@solidjs/router';
import './quotes.css';
import { createResource, Show } from 'solid-js';
import { loadProfile } from '../../db/profile';
import { needsDecennialInsurance } from '../../domain/trades';
import { t } from '../../i18n';
import { CheckerCard } from './CheckerCard';
import { profileFindings } from './rules/checker';

/** The checker for what every quote takes from the profile (Home's "missing mentions" lead here). */
export default function CheckScreen() {
  const [findings] = createResource(async () => {
    const profile = await loadProfile();
    return profileFindings(profile, needsDecennialInsurance(profile.trade));
  });
  return (
    <div class="screen">
      <A class="text-link" href="/quotes">
        {t('quotes:list.back')}
      </A>
      <h1>{t('quotes:check.title')}</h1>
      <p class="hint">{t('quotes:check.intro')}</p>
      <Show when={findings()} fallback={<p class="loading">{t('app.loading')}</p>}>
        {(list) => <CheckerCard findings={list()} title={t('quotes:check.findings')} />}
      </Show>
    </div>
  );
}
