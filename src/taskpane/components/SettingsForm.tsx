import { useState } from 'react';
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { MAX_CHAIR_LENGTH, MAX_DUE_SOON_DAYS, type MonitorSettings } from '../../host/settings';
import type { PaneTexts } from '../../i18n/pane';
import type { UiText } from '../../i18n/ui';
import { DateField } from './DateField';

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface SettingsFormProps {
  settings: MonitorSettings;
  text: UiText;
  pane: PaneTexts;
  disabled: boolean;
  onChange: (settings: MonitorSettings) => void;
}

function parseDays(value: string): number | null {
  if (!/^\d+$/.test(value.trim())) return null;
  const days = Number(value);
  return days <= MAX_DUE_SOON_DAYS ? days : null;
}

/** The report date, the due-soon window and the plan's end date; saved in the workbook shortly after they change. */
export function SettingsForm({ settings, text, pane, disabled, onChange }: SettingsFormProps) {
  const styles = useStyles();
  const [days, setDays] = useState(String(settings.dueSoonDays));
  const [chair, setChair] = useState(settings.chair ?? '');
  const daysValid = parseDays(days) !== null;
  const changeDate = (key: 'reportDate' | 'periodEnd', iso: string | null) => {
    if (iso !== settings[key]) onChange({ ...settings, [key]: iso });
  };
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title" className={styles.heading}>
        {text.settingsTitle}
      </h2>
      <div className={styles.fields}>
        <DateField
          label={text.reportDate}
          hint={text.reportDateHint}
          value={settings.reportDate}
          placeholder={pane.datePlaceholder}
          invalidMessage={pane.invalidDate}
          disabled={disabled}
          onChange={(iso) => changeDate('reportDate', iso)}
        />
        <Field label={text.dueSoonDays} validationMessage={daysValid ? undefined : text.invalidNumber(MAX_DUE_SOON_DAYS)}>
          <Input
            type="number"
            min={0}
            max={MAX_DUE_SOON_DAYS}
            value={days}
            disabled={disabled}
            onChange={(_, data) => {
              setDays(data.value);
              const parsed = parseDays(data.value);
              if (parsed !== null && parsed !== settings.dueSoonDays) onChange({ ...settings, dueSoonDays: parsed });
            }}
          />
        </Field>
        <DateField
          label={text.periodEnd}
          hint={text.periodEndHint}
          value={settings.periodEnd}
          placeholder={pane.datePlaceholder}
          invalidMessage={pane.invalidDate}
          disabled={disabled}
          onChange={(iso) => changeDate('periodEnd', iso)}
        />
        <Field label={text.chair} hint={text.chairHint}>
          <Input
            value={chair}
            maxLength={MAX_CHAIR_LENGTH}
            disabled={disabled}
            onChange={(_, data) => {
              setChair(data.value);
              const name = data.value.replace(/\s+/g, ' ').trim();
              if ((name || null) !== settings.chair) onChange({ ...settings, chair: name || null });
            }}
          />
        </Field>
      </div>
    </section>
  );
}
