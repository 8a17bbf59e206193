import { Card } from 'nhsuk-react-components';

/**
 * Where to get help now, shown to a parent whose answers said they have had thoughts of harming
 * themselves (or another critical answer). Their practitioner is told too, but may not see it today.
 */
export function HelpNow() {
  return (
    <Card cardType="urgent">
      <Card.Heading headingLevel="h2">If you need help now</Card.Heading>
      <p className="nhsuk-body">
        Some of your answers tell us things are very hard at the moment. Your practitioner will see your answers, but
        they may not see them straight away. You do not have to wait for them.
      </p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>
          If you or your baby are in danger now, or you have harmed yourself, call <a href="tel:999">999</a> or go to
          A&amp;E.
        </li>
        <li>
          For urgent help with your mental health, call <a href="tel:111">NHS 111</a> and choose option 2 (mental health
          crisis), at any time of day or night.
        </li>
        <li>
          To talk to someone, call Samaritans free on <a href="tel:116123">116 123</a>, at any time.
        </li>
      </ul>
    </Card>
  );
}
