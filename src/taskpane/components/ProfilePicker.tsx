import { Field, Select } from '@fluentui/react-components';
import { PROFILES } from '../../engine/profiles';
import { AUTO_PROFILE } from '../../engine/profiles/choose';
import type { Strings } from '../i18n';

/** A profile name the picker offers: a built-in profile, or automatic. */
export function isKnownProfile(p: string | null): p is string {
  return !!p && (!!PROFILES[p] || p === AUTO_PROFILE);
}

/** The profile a pane starts from: a name the workbook keeps when it is a known one, else automatic. */
export function startingProfile(saved: string | null): string {
  return isKnownProfile(saved) ? saved : AUTO_PROFILE;
}

export function ProfilePicker({
  value,
  onChange,
  s,
  disabled,
}: {
  value: string;
  onChange: (v: string) => void;
  s: Strings;
  disabled?: boolean;
}) {
  return (
    <Field label={s.profile} size="small">
      <Select value={value} disabled={disabled} onChange={(_e, d) => onChange(d.value)} data-testid="profile">
        <option value={AUTO_PROFILE}>{s.profileAuto}</option>
        {Object.values(PROFILES).map((p) => (
          <option key={p.name} value={p.name}>
            {p.name} — {p.title}
          </option>
        ))}
      </Select>
    </Field>
  );
}
