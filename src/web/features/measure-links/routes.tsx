import type { RouteObject } from 'react-router';
import { CrashPage } from '../../app/status-pages';
import { ParentMeasurePage } from './parent-measure-page';

/** A parent's measure link, /m/<token>: no sign-in, nothing about the family. */
export const parentMeasureRoutes: RouteObject = {
  path: 'm/:token',
  element: <ParentMeasurePage />,
  errorElement: <CrashPage />,
};
