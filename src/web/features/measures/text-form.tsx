import { useMutation } from '@tanstack/react-query';
import { Textarea } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import type { Feedback } from '../../app/section-forms';
import { FocusHeading } from '../risks/focus-heading';
import { serverProblems, textProblems } from '../risks/form-helpers';
import { RiskFormButtons as FormButtons } from '../risks/risk-fields';

type Props = {
  id: string;
  /** The API's name for the one field, e.g. "reason" or "action". */
  field: string;
  heading: string;
  label: string;
  hint: string;
  required: string;
  max: number;
  button: string;
  send: (text: string) => Promise<unknown>;
  done: () => void;
  feedback: Feedback;
  onCancel: () => void;
};

/** A form of one paragraph: why a result is withdrawn, or what was done about a critical answer. */
export function TextForm({
  id,
  field,
  heading,
  label,
  hint,
  required,
  max,
  button,
  send,
  done,
  feedback,
  onCancel,
}: Props) {
  const { form } = feedback;
  const [value, setValue] = useState('');
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: done,
    onError: (error) => feedback.failed(error, serverProblems(error, { [field]: id }, id)),
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems = textProblems(id, value, required, max);
    if (problems.length > 0) return form.show(problems);
    form.clear();
    mutation.mutate(value.trim());
  };
  return (
    <form onSubmit={submit} noValidate className="haven-measure-form">
      <FocusHeading level={3} className="nhsuk-heading-s">
        {heading}
      </FocusHeading>
      <Textarea
        id={id}
        name={id}
        label={label}
        labelProps={{ size: 's' }}
        hint={hint}
        rows={3}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        error={form.errorFor(id)}
      />
      <FormButtons label={button} pending={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}
