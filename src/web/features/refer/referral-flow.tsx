import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Outlet, useNavigate, useOutletContext } from 'react-router';
import type { ContactMethod } from '../../../core/referral-options';
import {
  loadDraft,
  removeDraft,
  saveDraft,
  type Answers,
  type Draft,
  type ReferralRoute,
  type Section,
} from './answers';
import type { PublicService, Receipt } from './api';
import { usePublicServiceContext } from './public-layout';

/** One referral form in progress, shared by its pages. */
export type Flow = {
  service: PublicService;
  route: ReferralRoute;
  /** Where the form's pages live: /s/<slug>/refer/<route>. */
  base: string;
  draft: Draft;
  answers: Answers;
  setSection: <S extends Section>(section: S, patch: Partial<Answers[S]>) => void;
  setAnswer: <K extends Exclude<keyof Answers, Section>>(key: K, value: Answers[K]) => void;
  /** The referral was received: forget the answers on this device and show the reference. */
  finish: (receipt: Receipt) => Promise<void>;
};

/** What the confirmation page is given. */
export type DoneState = { receipt: Receipt; route: ReferralRoute; preferredContact: ContactMethod | '' };

/**
 * Holds a referral's answers while its pages are filled in, saving every change on this device
 * (per service and route), so a closed tab or a reload loses nothing.
 */
export function ReferralFlow({ route }: { route: ReferralRoute }) {
  const service = usePublicServiceContext();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(() => loadDraft(service.slug, route));
  const finished = useRef(false);

  useEffect(() => {
    if (!finished.current) saveDraft(service.slug, route, draft);
  }, [service.slug, route, draft]);

  const setSection = useCallback(<S extends Section>(section: S, patch: Partial<Answers[S]>) => {
    setDraft((d) => ({ ...d, answers: { ...d.answers, [section]: { ...d.answers[section], ...patch } } }));
  }, []);
  const setAnswer = useCallback(<K extends Exclude<keyof Answers, Section>>(key: K, value: Answers[K]) => {
    setDraft((d) => ({ ...d, answers: { ...d.answers, [key]: value } }));
  }, []);

  const flow = useMemo<Flow>(
    () => ({
      service,
      route,
      base: `/s/${service.slug}/refer/${route}`,
      draft,
      answers: draft.answers,
      setSection,
      setAnswer,
      finish: async (receipt) => {
        finished.current = true;
        removeDraft(service.slug, route);
        const state: DoneState = { receipt, route, preferredContact: draft.answers.contact.preferredContact };
        await navigate(`/s/${service.slug}/refer/done`, { replace: true, state });
      },
    }),
    [service, route, draft, setSection, setAnswer, navigate],
  );
  return <Outlet context={flow} />;
}

export const useFlow = () => useOutletContext<Flow>();
