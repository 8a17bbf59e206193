import { Checkboxes, Textarea, TextInput } from 'nhsuk-react-components';
import { WORRIES, WORRY_CODES, type Worry } from '../../../../core/referral-options';
import { FIELD } from '../fields';
import type { Flow } from '../referral-flow';

type Props = { flow: Flow; errorFor: (field: string) => string | undefined; legendHidden?: boolean };

/** What is worrying the family: the service's list, "something else", and anything more in words. */
export function WorryFields({ flow, errorFor, legendHidden }: Props) {
  const self = flow.route === 'self';
  const { worries, worriesOther, details } = flow.answers;
  const toggle = (code: Worry, on: boolean) =>
    flow.setAnswer(
      'worries',
      on ? WORRY_CODES.filter((c) => c === code || worries.includes(c)) : worries.filter((c) => c !== code),
    );
  const other = (
    <TextInput
      id={FIELD.worriesOther}
      name={FIELD.worriesOther}
      label={self ? 'Tell us what else is worrying you' : 'What else is worrying the family?'}
      labelProps={{ size: 's' }}
      value={worriesOther}
      onChange={(e) => flow.setAnswer('worriesOther', e.currentTarget.value)}
      error={errorFor(FIELD.worriesOther)}
    />
  );
  return (
    <>
      <Checkboxes
        name={FIELD.worries}
        legend={self ? 'What is worrying you?' : 'What is worrying the family?'}
        legendProps={legendHidden ? { className: 'nhsuk-u-visually-hidden' } : { size: 's' }}
        hint="Choose all that apply."
        error={errorFor(FIELD.worries)}
      >
        {WORRY_CODES.map((code, i) => (
          <Checkboxes.Item
            key={code}
            id={i === 0 ? FIELD.worries : `worry-${code}`}
            value={code}
            checked={worries.includes(code)}
            onChange={(e) => toggle(code, e.currentTarget.checked)}
            conditional={code === 'other' ? other : undefined}
          >
            {WORRIES[code]}
          </Checkboxes.Item>
        ))}
      </Checkboxes>
      <Textarea
        id={FIELD.details}
        name={FIELD.details}
        label={
          self
            ? 'Is there anything else you would like to tell us? (optional)'
            : 'Anything else we should know (optional)'
        }
        labelProps={{ size: 's' }}
        hint={
          self
            ? 'For example, what has been happening, or what you would like help with.'
            : 'For example, what has been happening, other services involved, or any safeguarding concerns.'
        }
        rows={5}
        value={details}
        onChange={(e) => flow.setAnswer('details', e.currentTarget.value)}
        error={errorFor(FIELD.details)}
      />
    </>
  );
}
