import { useMutation } from '@tanstack/react-query';
import { Button, Textarea, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { isApiError } from '../../app/api-client';
import type { FormProblems } from '../../app/forms';
import { FocusHeading } from '../risks/focus-heading';
import { serverProblems, textProblems } from '../risks/form-helpers';
import { updateInteraction, type InteractionObservation } from './api';

const CONFLICT =
  'Someone else changed this observation while you were editing it. The page now shows their change and what you typed is still here: check it, then save again.';

type Props = {
  observation: InteractionObservation;
  form: FormProblems;
  onSaved: (saved: InteractionObservation) => void;
  /** After a conflict or a refusal: reload the list so the page shows what is stored now. */
  onStale: () => void;
  onCancel: () => void;
};

/** Changing an observation's context or notes; the coded events themselves are never edited. */
export function EditForm({ observation, form, onSaved, onStale, onCancel }: Props) {
  const ids = { context: `edit-context-${observation.id}`, notes: `edit-notes-${observation.id}` };
  const [context, setContext] = useState(observation.context ?? '');
  const [notes, setNotes] = useState(observation.notes ?? '');
  const mutation = useMutation({
    mutationFn: () =>
      updateInteraction(observation.id, { version: observation.version, context: context.trim(), notes: notes.trim() }),
    onSuccess: onSaved,
    onError: (error) => {
      const problems = serverProblems(error, ids, ids.context);
      form.show(isApiError(error, 409) ? problems.map((p) => ({ ...p, message: CONFLICT })) : problems);
      if (isApiError(error, 409) || isApiError(error, 412) || isApiError(error, 404)) onStale();
    },
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problems = [
      ...textProblems(ids.context, context, undefined, 200),
      ...textProblems(ids.notes, notes, undefined, 4000),
    ];
    if (problems.length > 0) return form.show(problems);
    form.clear();
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="haven-edit-interaction">
      <FocusHeading level={3} className="nhsuk-heading-s">
        Change the context or notes
      </FocusHeading>
      <p className="nhsuk-body-s">
        The coded events stay as they were coded. To correct them, code the interaction again.
      </p>
      <TextInput
        id={ids.context}
        name={ids.context}
        label="Context (optional)"
        labelProps={{ size: 's' }}
        autoComplete="off"
        value={context}
        onChange={(e) => setContext(e.currentTarget.value)}
        error={form.errorFor(ids.context)}
      />
      <Textarea
        id={ids.notes}
        name={ids.notes}
        label="Notes (optional)"
        labelProps={{ size: 's' }}
        rows={4}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        error={form.errorFor(ids.notes)}
      />
      <div className="nhsuk-button-group">
        <Button type="submit">{mutation.isPending ? 'Saving…' : 'Save changes'}</Button>
        <Button type="button" secondary onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
