import { DEVICE_NAME_MAX } from '../../domain/names';
import { t } from '../../i18n';
import { TextField } from '../../ui/Field';

/** A single-use code as people type it: any case, dashes or spaces, no autocorrect. */
export function CodeField(props: {
  name: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onValue: (value: string) => void;
}) {
  return (
    <TextField
      {...props}
      autocomplete="off"
      autocapitalize="characters"
      spellcheck={false}
      maxlength="40"
      class="code-input"
    />
  );
}

/** The name this phone will have in the team's list of devices. */
export function DeviceNameField(props: {
  name: string;
  error: string | undefined;
  value: string;
  onValue: (value: string) => void;
}) {
  return (
    <TextField
      {...props}
      label={t('team:pair.deviceName')}
      hint={t('team:pair.deviceNameHint')}
      autocomplete="off"
      maxlength={String(DEVICE_NAME_MAX)}
    />
  );
}
