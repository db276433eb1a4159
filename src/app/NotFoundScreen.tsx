import { t } from '../i18n';
import { ButtonLink } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';

/** Shown for an address the app does not know. */
export default function NotFoundScreen() {
  return (
    <EmptyState title={t('notFound.title')} text={t('notFound.text')}>
      <ButtonLink variant="primary" href="/">
        {t('notFound.home')}
      </ButtonLink>
    </EmptyState>
  );
}
