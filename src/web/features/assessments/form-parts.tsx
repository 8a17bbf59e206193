import { Button, Select } from 'nhsuk-react-components';
import type { Problem } from '../../app/forms';
import { formatDate } from '../../app/format';
import type { Feedback } from '../../app/section-forms';
import { nameOf, type Assessments } from './api';

export type { Feedback };

type People = Assessments['people'];

type PeopleProps = {
  prefix: string;
  people: People;
  childId: string;
  carerId: string;
  onChild: (id: string) => void;
  onCarer: (id: string) => void;
  errorFor: (field: string) => string | undefined;
};

/** The child and the carer an entry is about: the family's born babies and current carers. */
export function PeopleFields({ prefix, people, childId, carerId, onChild, onCarer, errorFor }: PeopleProps) {
  return (
    <>
      <Select
        id={`${prefix}-childId`}
        label="Child"
        labelProps={{ size: 's' }}
        value={childId}
        onChange={(e) => onChild(e.currentTarget.value)}
        error={errorFor(`${prefix}-childId`)}
      >
        {people.children.length !== 1 ? <Select.Option value="">Choose the child</Select.Option> : null}
        {people.children.map((c) => (
          <Select.Option key={c.id} value={c.id}>
            {`${nameOf(c, 'child')} (born ${formatDate(c.dateOfBirth)})`}
          </Select.Option>
        ))}
      </Select>
      <Select
        id={`${prefix}-carerId`}
        label="Carer"
        labelProps={{ size: 's' }}
        value={carerId}
        onChange={(e) => onCarer(e.currentTarget.value)}
        error={errorFor(`${prefix}-carerId`)}
      >
        {people.carers.length !== 1 ? <Select.Option value="">Choose the carer</Select.Option> : null}
        {people.carers.map((c) => (
          <Select.Option key={c.id} value={c.id}>
            {nameOf(c, 'carer')}
          </Select.Option>
        ))}
      </Select>
    </>
  );
}

/** Problems with the child and carer choices. */
export function peopleProblems(prefix: string, childId: string, carerId: string): Problem[] {
  return [
    ...(childId ? [] : [{ field: `${prefix}-childId`, message: 'Choose the child' }]),
    ...(carerId ? [] : [{ field: `${prefix}-carerId`, message: 'Choose the carer' }]),
  ];
}

/** A form's save button and a way out without saving. */
export function FormButtons({ label, pending, onCancel }: { label: string; pending: boolean; onCancel: () => void }) {
  return (
    <div className="nhsuk-button-group">
      <Button type="submit">{pending ? 'Saving…' : label}</Button>
      <Button type="button" secondary onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
