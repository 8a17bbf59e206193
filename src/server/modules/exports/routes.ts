import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { member } from '../../platform/http';
import { errors } from '../../platform/openapi';
import { exportFhir } from './export-fhir';
import { FamilyId, PersonParams } from '../families';
import { FhirBundle, SubjectAccess } from './schemas';
import { subjectAccess } from './subject-access';

const tags = ['Exports and subject access'];

export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/families/:id/fhir',
    {
      schema: {
        tags,
        summary: "A family's record as a FHIR R4 Bundle (practitioners who can open it, and managers; audited)",
        description:
          'A Bundle of type collection: a Patient for each baby and carer (NHS number, name, birth date, gender, ' +
          'contact details), a RelatedPerson for each carer and baby, the EpisodeOfCare with its CareTeam, ' +
          'Appointments with an Encounter for each attended one, the active risk Flags the caller may see, and the ' +
          'signed case notes (and any discharge summary) as DocumentReferences. Answered as application/fhir+json.',
        params: FamilyId,
        response: { 200: FhirBundle, ...errors },
      },
    },
    async (request, reply) => {
      const bundle = await exportFhir({ ctx: member(request), familyId: request.params.id });
      return reply.type('application/fhir+json; charset=utf-8').send(bundle);
    },
  );
  app.get(
    '/api/families/:id/people/:personId/subject-access',
    {
      schema: {
        tags,
        summary: 'Everything held about one person, for their subject access request (managers; audited)',
        description:
          "Each item lists the other people it names (otherPeople), and redactionCandidates lists them all with the words that name them, so the reviewer can redact other people's details before it is sent.",
        params: PersonParams,
        response: { 200: SubjectAccess, ...errors },
      },
    },
    async (request) =>
      subjectAccess({ ctx: member(request), familyId: request.params.id, personId: request.params.personId }),
  );
};
