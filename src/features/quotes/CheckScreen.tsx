import { A } from '@solidjs/router';
import './quotes.css';
import { t } from '../../i18n';
import { Loaded } from '../../ui/Feedback';
import { useDocumentTitle } from '../../ui/title';
import { CheckerCard } from './CheckerCard';
import { createProfileFindings } from './listState';

/** The checker for what every quote takes from the profile (Home's "missing mentions" lead here). */
export default function CheckScreen() {
  useDocumentTitle(() => t('quotes:check.title'));
  const findings = createProfileFindings();
  return (
    <div class="screen">
      <A class="text-link" href="/quotes">
        {t('quotes:list.back')}
      </A>
      <h1>{t('quotes:check.title')}</h1>
      <p class="hint">{t('quotes:check.intro')}</p>
      <Loaded query={findings}>
        {(list) => <CheckerCard findings={list()} title={t('quotes:check.findings')} />}
      </Loaded>
    </div>
  );
}
