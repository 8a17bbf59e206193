import { Button, Checkboxes, Textarea, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { PROFESSIONAL_SOURCE_CODES, PROFESSIONAL_SOURCES } from '../../../core/referral-options';
import type { FormProblems, Problem } from '../../app/forms';
import { YesNoQuestion } from '../../components/yes-no';
import type { ReferralSettings } from './api';
import { pairsText } from './lines';
import { toSettings, type SettingsInput } from './validate';

type Props = {
  settings: ReferralSettings;
  form: FormProblems;
  saving: boolean;
  onSave: (settings: ReferralSettings) => void;
  onInvalid: (problems: Problem[]) => void;
};

const inputFrom = (s: ReferralSettings): SettingsInput => ({
  ageLimitMonths: String(s.ageLimitMonths),
  acceptPregnancy: s.acceptPregnancy,
  postcodeAreas: s.postcodeAreas.join('\n'),
  referralSources: s.referralSources,
  targetWaitWeeks: String(s.targetWaitWeeks),
  urgentHelpText: s.urgentHelpText,
  ineligibleHelpText: s.ineligibleHelpText,
  declineReasons: pairsText(s.declineReasons.map((r) => [r.code, r.label])),
  signposts: pairsText(s.signposts.map((p) => [p.name, p.contact])),
});

/** Every referral setting on one form, saved whole with the version it was read at. */
export function ReferralSettingsForm({ settings, form, saving, onSave, onInvalid }: Props) {
  const [input, setInput] = useState(() => inputFrom(settings));
  const set = (patch: Partial<SettingsInput>) => setInput((i) => ({ ...i, ...patch }));
  const text = (field: keyof SettingsInput) => ({
    id: field,
    name: field,
    value: input[field] as string,
    onChange: (e: { currentTarget: { value: string } }) => set({ [field]: e.currentTarget.value }),
    error: form.errorFor(field),
    labelProps: { size: 's' as const },
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (saving) return; // already on its way
    const result = toSettings(input, settings.version);
    if (Array.isArray(result)) onInvalid(result);
    else onSave(result);
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2 className="nhsuk-heading-m">Who the service is for</h2>
      <TextInput
        {...text('ageLimitMonths')}
        label="Age limit"
        hint="Babies younger than this, in months, are eligible."
        inputMode="numeric"
        width={3}
        suffix="months"
      />
      <YesNoQuestion
        id="acceptPregnancy"
        legend="Do you accept referrals during pregnancy?"
        value={input.acceptPregnancy ? 'yes' : 'no'}
        onChange={(v) => set({ acceptPregnancy: v === 'yes' })}
        error={form.errorFor('acceptPregnancy')}
      />
      <Textarea
        {...text('postcodeAreas')}
        label="Postcode areas you cover"
        hint="One per line: an area (OX), a district (OX4) or a sector (OX4 1). Leave it empty to take referrals from anywhere."
        rows={5}
        spellCheck={false}
      />
      <Checkboxes
        name="referralSources"
        legend="Professionals who can refer"
        legendProps={{ size: 's' }}
        hint="Parents and carers can always refer themselves."
        error={form.errorFor('referralSources')}
      >
        {PROFESSIONAL_SOURCE_CODES.map((code, i) => (
          <Checkboxes.Item
            key={code}
            id={i === 0 ? 'referralSources' : `referralSources-${code}`}
            value={code}
            checked={input.referralSources.includes(code)}
            onChange={(e) =>
              set({
                referralSources: e.currentTarget.checked
                  ? PROFESSIONAL_SOURCE_CODES.filter((c) => c === code || input.referralSources.includes(c))
                  : input.referralSources.filter((c) => c !== code),
              })
            }
          >
            {PROFESSIONAL_SOURCES[code]}
          </Checkboxes.Item>
        ))}
      </Checkboxes>
      <h2 className="nhsuk-heading-m">Waiting</h2>
      <TextInput
        {...text('targetWaitWeeks')}
        label="Target wait"
        hint="From referral to allocation. The waiting list shows who is near or past it."
        inputMode="numeric"
        width={3}
        suffix="weeks"
      />
      <h2 className="nhsuk-heading-m">What the referral forms say</h2>
      <Textarea
        {...text('urgentHelpText')}
        label="Help for someone at immediate risk"
        hint="Shown when someone says a person is at immediate risk of harm, and on the first page."
        rows={5}
      />
      <Textarea
        {...text('ineligibleHelpText')}
        label="Help for a family the service may not cover"
        hint="Shown after sending a referral that does not meet the rules above. Be kind: point to other support."
        rows={4}
      />
      <h2 className="nhsuk-heading-m">Triage</h2>
      <Textarea
        {...text('declineReasons')}
        label="Reasons for declining"
        hint="One per line: a short code, a |, then the label, like outside-area | Family lives outside the area. Keep the code of a reason already used: past decisions refer to it."
        rows={7}
        spellCheck={false}
      />
      <Textarea
        {...text('signposts')}
        label="Services to signpost to"
        hint="One per line: the name, a |, then how to contact them, like Samaritans | Call 116 123, free, any time."
        rows={5}
      />
      <Button type="submit">{saving ? 'Saving…' : 'Save referral settings'}</Button>
    </form>
  );
}
