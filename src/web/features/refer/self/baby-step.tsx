import { BabyFields } from '../fields/baby-fields';
import { QuestionPage } from '../question-page';
import { babyProblems } from '../validate';
import { STEP, useStep } from './steps';

export function BabyStep() {
  const { flow, form, continueTo, backTo } = useStep(STEP.aboutYou, STEP.worries);
  return (
    <QuestionPage
      title="Your baby"
      caption="Refer yourself"
      backTo={backTo}
      form={form}
      onContinue={() => continueTo(babyProblems(flow.answers, 'self'))}
    >
      <BabyFields flow={flow} errorFor={form.errorFor} />
    </QuestionPage>
  );
}
