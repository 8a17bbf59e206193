import { ParentFields, PostcodeField } from '../fields/parent-fields';
import { QuestionPage } from '../question-page';
import { parentProblems } from '../validate';
import { STEP, useStep } from './steps';

export function AboutYouStep() {
  const { flow, form, continueTo, backTo } = useStep('start', STEP.baby);
  return (
    <QuestionPage
      title="About you"
      caption="Refer yourself"
      backTo={backTo}
      form={form}
      onContinue={() => continueTo(parentProblems(flow.answers, 'self'))}
    >
      <p className="nhsuk-body">
        Your answers are saved on this device as you go, so you can come back to them. They are removed from this device
        when you send your referral.
      </p>
      <ParentFields flow={flow} errorFor={form.errorFor} />
      <PostcodeField flow={flow} errorFor={form.errorFor} />
    </QuestionPage>
  );
}
