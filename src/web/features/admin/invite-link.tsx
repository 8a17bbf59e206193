import { Button, InsetText } from 'nhsuk-react-components';
import { useState } from 'react';

type Props = { name: string; path: string };

/** The single-use invitation link for someone new, to pass on to them securely. */
export function InviteLink({ name, path }: Props) {
  const url = `${window.location.origin}${path}`;
  const [copied, setCopied] = useState(false);
  const canCopy = window.isSecureContext && 'clipboard' in navigator;
  const copy = async () => {
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };
  return (
    <InsetText>
      <p className="nhsuk-body">Send {name} this invitation link so they can set their password:</p>
      <p className="nhsuk-body">
        <span className="haven-copyable haven-break-anywhere" data-testid="invite-link">
          {url}
        </span>
      </p>
      <p className="nhsuk-body">
        Pass it on securely, for example by secure email or in person: anyone with the link can set the password. It
        works once and expires in 7 days.
      </p>
      {canCopy ? (
        <>
          <Button type="button" secondary small onClick={() => void copy()}>
            Copy link
          </Button>
          <p className="nhsuk-body-s" role="status">
            {copied ? 'The link has been copied.' : ''}
          </p>
        </>
      ) : null}
    </InsetText>
  );
}
