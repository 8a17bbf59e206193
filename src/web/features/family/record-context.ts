import { useOutletContext } from 'react-router';
import type { FamilyRecord } from './api';

export type RecordContext = { record: FamilyRecord };

/** The record the family layout has loaded, for the section pages inside it. */
export const useFamilyRecord = (): FamilyRecord => useOutletContext<RecordContext>().record;
