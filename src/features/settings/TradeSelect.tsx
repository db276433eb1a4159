import { For } from 'solid-js';
import { TRADE_FAMILIES, TRADES, type Trade } from '../../domain/trades';
import { t } from '../../i18n';
import { SelectField } from '../../ui/Field';

/** The trades, grouped by family (strings of the small `trades` namespace). */
export function TradeSelect(props: {
  value: Trade | '';
  onValue: (trade: Trade | '') => void;
  label?: string;
  hint?: string;
}) {
  return (
    <SelectField
      name="trade"
      label={props.label ?? t('trades:label')}
      hint={props.hint}
      value={props.value}
      onValue={(value) => props.onValue(value as Trade | '')}
    >
      <option value="">{t('trades:choose')}</option>
      <For each={TRADE_FAMILIES}>
        {(family) => (
          <optgroup label={t(`tradeFamilies.${family}`)}>
            <For each={Object.keys(TRADES).filter((trade) => TRADES[trade as Trade] === family)}>
              {(trade) => <option value={trade}>{t(`trades:names.${trade}`)}</option>}
            </For>
          </optgroup>
        )}
      </For>
    </SelectField>
  );
}
