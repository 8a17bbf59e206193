import { WorryFields } from '../fields/worry-fields';
import { QuestionPage } from '../question-page';
import { worryProblems } from '../validate';
import { STEP, useStep } from './steps';

export function WorriesStep() {
  const { flow, form, continueTo, backTo } = useStep(STEP.baby, STEP.contact);
  return (
    <QuestionPage
      title="What is worrying you?"
      caption="Refer yourself"
      backTo={backTo}
      form={form}
      onContinue={() => continueTo(worryProblems(flow.answers, 'self'))}
    >
      <p className="nhsuk-body">
        Many parents feel like this. Telling us a little helps us understand how we can support you and your baby.
      </p>
      <WorryFields flow={flow} errorFor={form.errorFor} legendHidden />
    </QuestionPage>
  );
}
