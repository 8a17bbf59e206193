import type { MeasureId } from '../../../core/measures/types';
import type { Timepoint } from '../../../core/measures/catalogue';
import type { OutstandingKind } from '../../../core/measures/outstanding';
import { api } from '../../app/api-client';
import { familyKeys, familyPath } from '../family/api';
import type { MeasureView } from '../measures/api';

export type { MeasureView };

/** One item of a measure as a form shows it. */
export type MeasureItemView = MeasureView['items'][number];

// ---- A parent's link (no sign-in) -----------------------------------------------------------------

export type PublicLink = { serviceName: string; measure: MeasureView; expiresAt: string };
export type Received = { received: true; support: boolean };

const publicPath = (token: string) => `/api/public/measure-links/${encodeURIComponent(token)}`;

export const openPublicLink = (token: string) => api<PublicLink>(publicPath(token));

export const submitPublicLink = (token: string, responses: (number | null)[]) =>
  api<Received>(publicPath(token), { method: 'POST', body: { responses } });

/** How the server begins the message for a link already answered (412), as opposed to a closed one. */
export const ALREADY_RECEIVED = 'These answers have already been received';

// ---- Links, for the practitioner --------------------------------------------------------------

export type LinkStatus = 'waiting' | 'completed' | 'expired' | 'revoked';

export type MeasureLink = {
  id: string;
  measure: { id: MeasureId; shortName: string };
  person: { id: string; name: string };
  timepoint: Timepoint;
  status: LinkStatus;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
  version: number;
};

export type CreateLink = { measureId: MeasureId; personId: string; timepoint: Timepoint; days: number };

export const linkKeys = {
  list: (familyId: string) => familyKeys.section(familyId, 'measure-links'),
  status: (familyId: string) => familyKeys.section(familyId, 'measure-status'),
};

export const listLinks = async (familyId: string) =>
  (await api<{ links: MeasureLink[] }>(familyPath(familyId, '/measure-links'))).links;

export const createLink = (familyId: string, input: CreateLink) =>
  api<{ link: MeasureLink; url: string }>(familyPath(familyId, '/measure-links'), { method: 'POST', body: input });

export const revokeLink = (id: string, version: number) =>
  api<MeasureLink>(`/api/measure-links/${encodeURIComponent(id)}/revoke`, { method: 'POST', body: { version } });

// ---- Outstanding and alerts -------------------------------------------------------------------

export type OutstandingMeasure = {
  kind: OutstandingKind;
  label: string;
  count: number | null;
  lastGivenOn: string | null;
  plannedEndOn: string | null;
};

export type MeasureStatus = { outstanding: OutstandingMeasure[]; dischargeMeasureGiven: boolean };

export const getMeasureStatus = (familyId: string) => api<MeasureStatus>(familyPath(familyId, '/measure-status'));

export type MeasureAlert = {
  resultId: string;
  family: { id: string; name: string };
  measure: { id: MeasureId; shortName: string };
  items: { number: number; score: number; reason: string }[];
  completedOn: string;
  mode: 'practitioner' | 'parent-link';
  version: number;
};

export const alertKeys = { all: ['measure-alerts'] as const };

export const listAlerts = async () => (await api<{ alerts: MeasureAlert[] }>('/api/measure-alerts')).alerts;

// ---- Licensed wording (admin) -----------------------------------------------------------------

export type MeasureWording = {
  measureId: MeasureId;
  name: string;
  shortName: string;
  licence: { name: string; notice: string; citation: string };
  itemCount: number;
  answerCount: number;
  reverseItems: number[];
  loaded: boolean;
  wording: {
    instructions: string | null;
    items: string[];
    answers: string[][];
    licenceHeld: string;
    loadedAt: string;
    loadedBy: string | null;
  } | null;
  version: number;
};

export type LoadWording = {
  instructions: string | null;
  items: string[];
  answers: string[][];
  licenceHeld: string;
  version: number;
};

export const wordingKeys = { all: ['admin', 'measure-wording'] as const };

export const listWording = async () =>
  (await api<{ measures: MeasureWording[] }>('/api/admin/measure-wording')).measures;

export const loadWording = (measureId: MeasureId, input: LoadWording) =>
  api<MeasureWording>(`/api/admin/measure-wording/${encodeURIComponent(measureId)}`, { method: 'PUT', body: input });
