import { t } from '../i18n';
import { ButtonLink } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { useDocumentTitle } from '../ui/title';

/** Shown for an address the app does not know. */
export default function NotFoundScreen() {
  useDocumentTitle(() => t('notFound.title'));
  return (
    <EmptyState page title={t('notFound.title')} text={t('notFound.text')}>
      <ButtonLink variant="primary" href="/">
        {t('notFound.home')}
      </ButtonLink>
    </EmptyState>
  );
}
