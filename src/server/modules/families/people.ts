import { v7 as uuidv7 } from 'uuid';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound, staleVersion } from '../../platform/errors';
import { openFamily, requireOpen } from './access';
import { presentPerson } from './present';
import { insertPerson, listPeople, updatePerson, type PersonRow } from './queries';
import type { ChangePerson, NewPerson } from './schemas';
import { todayInLondon } from '../../../core/dates';

/** A carer's relationships must name babies of this family. */
function checkRelationships(input: NewPerson | ChangePerson, people: PersonRow[]) {
  if (input.kind !== 'carer') return;
  const babies = new Set(people.filter((p) => p.kind === 'baby').map((p) => p.id));
  input.relationships.forEach((r, i) => {
    if (!babies.has(r.babyId)) {
      throw new AppError('VALIDATION', 'Choose a baby in this family.', {
        fields: [{ path: `body.relationships.${i}.babyId`, message: 'Choose a baby in this family' }],
      });
    }
  });
}

/** The columns a person's input sets; a baby's input leaves the carer-only columns alone. */
function columnsOf(input: NewPerson | ChangePerson) {
  const { kind: _kind, ...rest } = input;
  const { version: _v, ...values } = rest as typeof rest & { version?: number };
  return values;
}

/** Adds a parent, carer, baby or pregnancy to the record. Anyone who can open the record and it is open. */
export async function addPerson({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: NewPerson }) {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, id);
    requireOpen(access);
    checkRelationships(input, await listPeople(tx, ctx.serviceId, id));
    const personId = uuidv7();
    await insertPerson(tx, {
      serviceId: ctx.serviceId,
      familyId: id,
      id: personId,
      kind: input.kind,
      ...columnsOf(input),
    });
    await audit(tx, actor, {
      action: 'person.added',
      entityType: 'person',
      entityId: personId,
      details: { familyId: id, kind: input.kind },
    });
    const row = (await listPeople(tx, ctx.serviceId, id)).find((p) => p.id === personId);
    if (!row) throw notFound('The person');
    return presentPerson(row, todayInLondon());
  });
}

/**
 * Changes a person's details: contact and safe-contact preferences, consent, or a pregnancy turned
 * into a baby when born (a date of birth given where there was only a due date).
 */
export async function changePerson({
  ctx,
  id,
  personId,
  input,
}: {
  ctx: ServiceCtx;
  id: string;
  personId: string;
  input: ChangePerson;
}) {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, id);
    requireOpen(access);
    const people = await listPeople(tx, ctx.serviceId, id);
    const before = people.find((p) => p.id === personId);
    if (!before) throw notFound('The person');
    if (before.kind !== input.kind) {
      throw new AppError('VALIDATION', 'A carer cannot become a baby, or a baby a carer.', {
        fields: [{ path: 'body.kind', message: `This person is a ${before.kind}` }],
      });
    }
    checkRelationships(input, people);
    const row = await updatePerson(
      tx,
      { serviceId: ctx.serviceId, familyId: id, id: personId, version: input.version },
      columnsOf(input),
    );
    if (!row) throw staleVersion("this person's details");
    const born = before.kind === 'baby' && !before.dateOfBirth && row.dateOfBirth !== null;
    await audit(tx, actor, {
      action: born ? 'person.born' : 'person.changed',
      entityType: 'person',
      entityId: personId,
      details: { familyId: id },
    });
    return presentPerson(row, todayInLondon());
  });
}
