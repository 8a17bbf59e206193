import { YesNoQuestion } from '../../../components/yes-no';
import { FIELD } from '../fields';
import { QuestionPage } from '../question-page';
import { riskProblems } from '../validate';
import { STEP, useStep } from './steps';

export function SafetyStep() {
  const { flow, form, continueTo, backTo } = useStep(STEP.contact, STEP.check);
  const risk = flow.answers.immediateRisk;
  return (
    <QuestionPage
      title="Is anyone at immediate risk of harm?"
      caption="Refer yourself"
      backTo={backTo}
      form={form}
      onContinue={() => continueTo(riskProblems(flow.answers), risk === 'yes' ? STEP.urgentHelp : STEP.check)}
    >
      <YesNoQuestion
        id={FIELD.immediateRisk}
        legend="Is anyone at immediate risk of harm?"
        legendHidden
        hint="For example, if you feel you might hurt yourself or your baby, or someone might hurt you or your baby."
        value={risk}
        onChange={(value) => flow.setAnswer('immediateRisk', value)}
        error={form.errorFor(FIELD.immediateRisk)}
      />
    </QuestionPage>
  );
}
