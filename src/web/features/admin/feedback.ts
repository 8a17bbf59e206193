import type { ReactNode } from 'react';
import type { Problem } from '../../app/forms';

/** How a section of the admin page reports back: one success banner or error summary per page. */
export type Feedback = {
  done: (heading: string, body?: ReactNode) => void;
  failed: (problems: Problem[]) => void;
};
