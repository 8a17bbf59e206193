import { Card } from 'nhsuk-react-components';
import { Paragraphs } from '../../../components/paragraphs';

type Props = { text: string; heading?: string };

/** The service's urgent help text in an NHS.UK urgent care card: hard to miss, kept short. */
export function UrgentHelp({ text, heading = 'If you need help now' }: Props) {
  return (
    <Card cardType="urgent">
      <Card.Heading headingLevel="h2">{heading}</Card.Heading>
      <Paragraphs text={text} />
    </Card>
  );
}
