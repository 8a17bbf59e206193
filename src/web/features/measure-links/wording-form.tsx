import { useMutation } from '@tanstack/react-query';
import { Button, Textarea, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { isApiError } from '../../app/api-client';
import { isBlank, type FormProblems, type Problem } from '../../app/forms';
import { loadWording, type MeasureWording } from './api';

export const wordingIds = (measureId: string) => ({
  licence: `${measureId}-licence`,
  instructions: `${measureId}-instructions`,
  item: (n: number) => `${measureId}-item-${n}`,
  answer: (n: number, k: number) => `${measureId}-item-${n}-answer-${k + 1}`,
});

type Props = {
  measure: MeasureWording;
  form: FormProblems;
  onSaved: (saved: MeasureWording) => void;
};

const ordinal = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * The licensed wording of one measure, as the service's printed copy has it: the instructions,
 * each item's text and its printed answers in print order. The scoring stays Haven's.
 */
export function WordingForm({ measure, form, onSaved }: Props) {
  const ids = wordingIds(measure.measureId);
  const loaded = measure.wording;
  const numbers = Array.from({ length: measure.itemCount }, (_, i) => i + 1);
  const [licence, setLicence] = useState(loaded?.licenceHeld ?? '');
  const [instructions, setInstructions] = useState(loaded?.instructions ?? '');
  const [items, setItems] = useState<string[]>(() => numbers.map((_, i) => loaded?.items[i] ?? ''));
  const [answers, setAnswers] = useState<string[][]>(() =>
    numbers.map((_, i) => Array.from({ length: measure.answerCount }, (_, k) => loaded?.answers[i]?.[k] ?? '')),
  );
  const reverse = new Set(measure.reverseItems);

  const mutation = useMutation({
    mutationFn: () =>
      loadWording(measure.measureId, {
        instructions: instructions.trim() || null,
        items: items.map((t) => t.trim()),
        answers: answers.map((a) => a.map((t) => t.trim())),
        licenceHeld: licence.trim(),
        version: measure.version,
      }),
    onSuccess: onSaved,
    onError: (error) => form.show(serverProblems(error, measure)),
  });

  const check = (): Problem[] => {
    const problems: Problem[] = [];
    if (isBlank(licence))
      problems.push({ field: ids.licence, message: 'Say what licence or permission the service holds' });
    numbers.forEach((n, i) => {
      if (isBlank(items[i] ?? '')) problems.push({ field: ids.item(n), message: `Enter the wording of item ${n}` });
      (answers[i] ?? []).forEach((a, k) => {
        if (isBlank(a))
          problems.push({
            field: ids.answer(n, k),
            message: `Item ${n}: enter the ${ordinal[k] ?? ''} printed answer`,
          });
      });
    });
    return problems;
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problems = check();
    if (problems.length > 0) return form.show(problems);
    form.clear();
    mutation.mutate();
  };

  const setItem = (i: number, text: string) => setItems((all) => all.map((t, j) => (j === i ? text : t)));
  const setAnswer = (i: number, k: number, text: string) =>
    setAnswers((all) => all.map((a, j) => (j === i ? a.map((t, m) => (m === k ? text : t)) : a)));

  return (
    <form onSubmit={submit} noValidate>
      <Textarea
        id={ids.licence}
        name={ids.licence}
        label="Licence or permission the service holds"
        labelProps={{ size: 's' }}
        hint="Who gave it, when, and any reference, so anyone can check the service may use this wording."
        rows={3}
        value={licence}
        onChange={(e) => setLicence(e.currentTarget.value)}
        error={form.errorFor(ids.licence)}
      />
      <Textarea
        id={ids.instructions}
        name={ids.instructions}
        label="Instructions (optional)"
        labelProps={{ size: 's' }}
        hint="As printed above the items."
        rows={3}
        value={instructions}
        onChange={(e) => setInstructions(e.currentTarget.value)}
        error={form.errorFor(ids.instructions)}
      />
      <p className="nhsuk-body">
        Enter each item&apos;s printed answers in the order they are printed. Haven keeps the scoring: for most items
        the first printed answer scores {0} and the last {measure.answerCount - 1}; for reverse-scored items (
        {measure.reverseItems.join(', ')}) the first printed answer scores highest, {measure.answerCount - 1}.
      </p>
      {numbers.map((n, i) => (
        <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-6" key={n}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            Item {n}
            {reverse.has(n) ? (
              <span className="nhsuk-caption-m">Reverse-scored: the first printed answer scores highest</span>
            ) : null}
          </legend>
          <Textarea
            id={ids.item(n)}
            name={ids.item(n)}
            label={`Wording of item ${n}`}
            rows={2}
            value={items[i] ?? ''}
            onChange={(e) => setItem(i, e.currentTarget.value)}
            error={form.errorFor(ids.item(n))}
          />
          <div className="haven-wording-answers">
            {(answers[i] ?? []).map((a, k) => (
              <TextInput
                key={k}
                id={ids.answer(n, k)}
                name={ids.answer(n, k)}
                label={`Printed answer ${k + 1}`}
                hint={k === 0 ? 'Printed first' : k === measure.answerCount - 1 ? 'Printed last' : undefined}
                value={a}
                onChange={(e) => setAnswer(i, k, e.currentTarget.value)}
                error={form.errorFor(ids.answer(n, k))}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <Button type="submit" disabled={mutation.isPending}>
        {measure.loaded ? `Save the corrected ${measure.shortName} wording` : `Load the ${measure.shortName} wording`}
      </Button>
    </form>
  );
}

/** The server's objections, on the fields they name (`answers.3` is item 4's answers). */
function serverProblems(error: unknown, measure: MeasureWording): Problem[] {
  const ids = wordingIds(measure.measureId);
  if (!isApiError(error)) return [{ message: 'The wording could not be saved. Try again.', field: ids.licence }];
  if (error.status === 409)
    return [
      {
        field: ids.licence,
        message: 'Someone else changed this wording while you were editing. Reload the page to see their change.',
      },
    ];
  const mapped = error.fields.map((f) => {
    const path = f.path.replace(/^body\./, '');
    const item = /^(?:items|answers)\.(\d+)/.exec(path)?.[1];
    const field =
      path === 'licenceHeld'
        ? ids.licence
        : path === 'instructions'
          ? ids.instructions
          : item !== undefined
            ? path.startsWith('answers')
              ? ids.answer(Number(item) + 1, 0)
              : ids.item(Number(item) + 1)
            : ids.item(1);
    return { field, message: f.message };
  });
  return mapped.length > 0 ? mapped : [{ field: ids.licence, message: error.message }];
}
