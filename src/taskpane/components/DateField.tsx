import { useEffect, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { formatRuDate, isIsoDate } from '../../roadmap/dates';

/** «01.09.2021» → «2021-09-01»; null for anything that is not a real date written so. */
export function parseDisplayDate(text: string): string | null {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const iso = `${match[3]}-${match[2]}-${match[1]}`;
  return isIsoDate(iso) ? iso : null;
}

export interface DateFieldProps {
  label: string;
  hint?: string;
  /** ISO date, or null for none. */
  value: string | null;
  placeholder: string;
  invalidMessage: string;
  disabled?: boolean;
  onChange: (iso: string | null) => void;
}

/**
 * A date typed and shown as ДД.ММ.ГГГГ whatever the browser's locale (an <input type=date> shows the browser's own
 * format, mm/dd/yyyy under en-US). Only a whole valid date, or an empty field, is passed on.
 */
export function DateField({ label, hint, value, placeholder, invalidMessage, disabled, onChange }: DateFieldProps) {
  const [text, setText] = useState(value ? formatRuDate(value) : '');
  // A value changed from outside (another view, a reload) shows; what is being typed is kept.
  useEffect(() => {
    setText((current) => (parseDisplayDate(current) === value || (current.trim() === '' && value === null) ? current : value ? formatRuDate(value) : ''));
  }, [value]);
  const valid = text.trim() === '' || parseDisplayDate(text) !== null;
  return (
    <Field label={label} hint={hint} validationMessage={valid ? undefined : invalidMessage}>
      <Input
        value={text}
        placeholder={placeholder}
        inputMode="numeric"
        maxLength={10}
        disabled={disabled}
        onChange={(_, data) => {
          setText(data.value);
          if (data.value.trim() === '') onChange(null);
          else {
            const iso = parseDisplayDate(data.value);
            if (iso !== null) onChange(iso);
          }
        }}
      />
    </Field>
  );
}
