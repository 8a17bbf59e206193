import { UrgentHelp } from '../fields/urgent-help';
import { QuestionPage } from '../question-page';
import { STEP, useStep } from './steps';

/** After "yes, someone is at immediate risk": where to get help now, then carry on if they wish. */
export function UrgentHelpStep() {
  const { flow, form, continueTo, backTo } = useStep(STEP.safety, STEP.check);
  return (
    <QuestionPage
      title="Get help now"
      caption="Refer yourself"
      backTo={backTo}
      form={form}
      continueLabel="Continue to send your referral"
      onContinue={() => continueTo([])}
    >
      <p className="nhsuk-body">
        Thank you for telling us. We are not an emergency service: we look at referrals during working hours, so please
        do not wait for us if you or your baby need help now.
      </p>
      <UrgentHelp text={flow.service.urgentHelpText} />
      <p className="nhsuk-body">
        You can still send us your referral. The people who read it will see that you told us someone is at risk.
      </p>
    </QuestionPage>
  );
}
