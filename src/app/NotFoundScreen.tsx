import { A } from '@solidjs/router';
import { t } from '../i18n';
import { EmptyState } from '../ui/EmptyState';

/** Shown for an address the app does not know. */
export default function NotFoundScreen() {
  return (
    <EmptyState title={t('notFound.title')} text={t('notFound.text')}>
      <A class="button primary" href="/">
        {t('notFound.home')}
      </A>
    </EmptyState>
  );
}
