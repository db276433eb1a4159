import { Show } from 'solid-js';
import type { Language } from '../../domain/languages';
import { language, t } from '../../i18n';
import { formatBytes, formatMinutes } from '../../i18n/format';
import { ButtonLink } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import { ChoiceGroup } from '../../ui/Field';
import { reported } from '../../ui/Toast';
import InstallCard from '../home/InstallCard';
import { TeamSettingsCard } from '../team/TeamSettingsCard';
import { ProfileForm } from './ProfileForm';
import { chooseLanguage, chooseTheme, settings, type ThemeChoice } from './preferences';
import { createAttachmentUsage, createStorageInfo } from './settingsState';
import './settings.css';
import { useDocumentTitle } from '../../ui/title';

/** Settings: company profile, language, theme, weekly goal, team, installation, storage, about. */
export default function SettingsScreen() {
  const storage = createStorageInfo();
  const doeUsage = createAttachmentUsage();
  useDocumentTitle(() => t('settings:settings.title'));
  return (
    <div class="screen settings">
      <h1>{t('settings:settings.title')}</h1>

      <section id="profile" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('settings:profile.title')}</h2>
        <p class="hint">{t('settings:profile.intro')}</p>
        <ProfileForm />
      </section>

      <section aria-labelledby="display-heading">
        <h2 id="display-heading">{t('settings:settings.display')}</h2>
        <ChoiceGroup<Language>
          legend={t('settings:settings.language')}
          name="language"
          value={settings().language}
          options={[
            { value: 'fr', label: 'Français' },
            { value: 'en', label: 'English' },
          ]}
          onValue={(value) => chooseLanguage(value).then(reported)}
        />
        <ChoiceGroup<ThemeChoice>
          legend={t('settings:settings.theme')}
          name="theme"
          value={settings().theme}
          options={[
            { value: 'system', label: t('settings:settings.themes.system') },
            { value: 'light', label: t('settings:settings.themes.light') },
            { value: 'dark', label: t('settings:settings.themes.dark') },
          ]}
          onValue={(value) => void chooseTheme(value).then(reported)}
        />
      </section>

      <section aria-labelledby="goal-heading">
        <h2 id="goal-heading">{t('settings:settings.goal.title')}</h2>
        <p>
          {t('settings:settings.goal.current', {
            duration: formatMinutes(settings().weeklyGoalMinutes, language()),
          })}
        </p>
        {/* The goal is edited where its progress is shown. */}
        <ButtonLink href="/time">{t('settings:settings.goal.change')}</ButtonLink>
      </section>

      <TeamSettingsCard />

      <InstallCard />

      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">{t('settings:settings.storage.title')}</h2>
        <Show when={storage()} fallback={<p class="hint">{t('app.loading')}</p>}>
          {(info) => (
            <>
              <p>
                {info().usageBytes === null
                  ? t('settings:settings.storage.unknown')
                  : t('settings:settings.storage.used', {
                      used: formatBytes(info().usageBytes ?? 0, language()),
                      quota: formatBytes(info().quotaBytes ?? 0, language()),
                    })}
              </p>
              <Loaded query={doeUsage} loading={null}>
                {(usage) => (
                  <p>
                    {t('settings:settings.storage.doe', {
                      count: usage().photos + usage().files,
                      size: formatBytes(usage().bytes, language()),
                    })}
                  </p>
                )}
              </Loaded>
              <p class="hint">
                {info().persisted
                  ? t('settings:settings.storage.persisted')
                  : t('settings:settings.storage.notPersisted')}
              </p>
            </>
          )}
        </Show>
      </section>

      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('settings:settings.about.title')}</h2>
        <p>{t('settings:settings.about.text')}</p>
        <p class="hint" data-testid="build-label">
          {t('settings:settings.about.version', { version: __BUILD_LABEL__ })}
        </p>
      </section>
    </div>
  );
}
