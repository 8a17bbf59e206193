import type { RouteObject } from 'react-router';
import { PageHeading } from '../../components/page-heading';

/** A parent's measure link, /m/<token>: no sign-in, nothing about the family. */
export const parentMeasureRoutes: RouteObject = {
  path: 'm/:token',
  element: <PageHeading>Questionnaire</PageHeading>,
};
