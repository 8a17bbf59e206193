import { SummaryList } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { R } from './redactable';

/** A row of a summary list, left out when the record holds nothing for it. */
export function Row({ k, v }: { k: string; v: ReactNode }) {
  if (v === null || v === undefined || v === '') return null;
  return (
    <SummaryList.Row>
      <SummaryList.Key>{k}</SummaryList.Key>
      <SummaryList.Value>{typeof v === 'string' ? <R>{v}</R> : v}</SummaryList.Value>
    </SummaryList.Row>
  );
}

/** One part of the document: its heading, its entries, or a line saying there are none. */
export function Section({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  return (
    <>
      <h2 className="nhsuk-heading-m">{title}</h2>
      {children.length > 0 ? children : <p className="nhsuk-body">{empty}</p>}
    </>
  );
}
