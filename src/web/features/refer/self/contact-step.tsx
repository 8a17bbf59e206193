import { ContactFields } from '../fields/contact-fields';
import { QuestionPage } from '../question-page';
import { contactProblems } from '../validate';
import { STEP, useStep } from './steps';

export function ContactStep() {
  const { flow, form, continueTo, backTo } = useStep(STEP.worries, STEP.safety);
  return (
    <QuestionPage
      title="How can we contact you safely?"
      caption="Refer yourself"
      backTo={backTo}
      form={form}
      onContinue={() => continueTo(contactProblems(flow.answers, 'self'))}
    >
      <p className="nhsuk-body">We will only contact you in the ways you tell us are safe.</p>
      <ContactFields flow={flow} errorFor={form.errorFor} />
    </QuestionPage>
  );
}
