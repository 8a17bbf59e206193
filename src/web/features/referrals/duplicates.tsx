import { useMutation } from '@tanstack/react-query';
import { Button } from 'nhsuk-react-components';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Problem } from '../../app/forms';
import { problemsFrom } from '../../app/forms';
import { mergeReferral, type Duplicate } from './api';

type Props = {
  referralId: string;
  version: number;
  duplicates: Duplicate[];
  /** Whether the referral is still open, so can be merged. */
  open: boolean;
  onMerged: (into: Duplicate) => void;
  onFailed: (error: unknown, problems: Problem[]) => void;
};

/** Records this referral may duplicate, each with a way to merge it in (after a second click). */
export function Duplicates({ referralId, version, duplicates, open, onMerged, onFailed }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (into: Duplicate) => mergeReferral(referralId, { version, into: { kind: into.kind, id: into.id } }),
    onSuccess: (_answer, into) => onMerged(into),
    onError: (error, into) => onFailed(error, problemsFrom(error, [], `merge-${into.id}`)),
  });
  return (
    <ul className="nhsuk-list">
      {duplicates.map((d) => (
        <li key={d.id} className="haven-duplicate">
          <p className="nhsuk-body nhsuk-u-margin-bottom-2">
            {d.kind === 'referral' ? (
              <Link to={`/referrals/${d.id}`}>Referral {d.reference}</Link>
            ) : (
              <>Family {d.reference} (already accepted)</>
            )}
            : {d.why}
          </p>
          {open && confirming !== d.id ? (
            <Button id={`merge-${d.id}`} type="button" secondary small onClick={() => setConfirming(d.id)}>
              Merge into this
              <span className="nhsuk-u-visually-hidden">
                {' '}
                {d.kind}, {d.reference}
              </span>
            </Button>
          ) : null}
          {open && confirming === d.id ? (
            <div className="nhsuk-button-group">
              <Button
                id={`merge-${d.id}`}
                type="button"
                warning
                small
                onClick={() => {
                  if (!mutation.isPending) mutation.mutate(d);
                }}
              >
                Yes, merge this referral into {d.reference}
              </Button>
              <Button type="button" secondary small onClick={() => setConfirming(null)}>
                Cancel
              </Button>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
