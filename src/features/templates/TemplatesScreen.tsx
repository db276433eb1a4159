import { A } from '@solidjs/router';
import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';

/** The template catalogue. Until templates are installed it says what to prepare first. */
export default function TemplatesScreen() {
  return (
    <div class="screen">
      <h1>{t('templates.title')}</h1>
      <EmptyState title={t('templates.emptyTitle')} text={t('templates.empty')}>
        <A class="button primary" href="/settings#profile">
          {t('templates.emptyAction')}
        </A>
      </EmptyState>
    </div>
  );
}
