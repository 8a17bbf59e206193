import './measure-links.css';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Radios } from 'nhsuk-react-components';
import { useEffect, useState, type SyntheticEvent } from 'react';
import { useParams } from 'react-router';
import { isApiError, type ApiError } from '../../app/api-client';
import { focusNewPage } from '../../app/focus';
import { useProblems, type Problem } from '../../app/forms';
import { formatDay } from '../../app/format';
import { usePageTitle } from '../../app/page';
import { LoadingPage } from '../../app/status-pages';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { ALREADY_RECEIVED, openPublicLink, submitPublicLink, type PublicLink, type Received } from './api';
import { HelpNow } from './help-now';
import { ParentLayout } from './parent-layout';

const itemId = (n: number) => `question-${n}`;

/**
 * A parent's questionnaire, /m/<token>: no sign-in, nothing about the family, one page that works
 * on a phone. The answers live in this page's memory only (never the browser's storage: it may be
 * a shared phone), and are sent once, all together.
 */
export function ParentMeasurePage() {
  const { token = '' } = useParams();
  const link = useQuery({
    queryKey: ['public-measure-link', token],
    queryFn: () => openPublicLink(token),
    retry: (failures, error) => failures < 2 && isApiError(error) && (error.status === 0 || error.status >= 500),
    staleTime: Infinity,
  });
  const [received, setReceived] = useState<Received | null>(null);
  const [closed, setClosed] = useState<ApiError | null>(null);

  let body;
  if (received) body = <ThankYou support={received.support} />;
  else if (closed) body = <LinkClosed error={closed} />;
  else if (link.isPending) body = <LoadingPage />;
  else if (link.isError) body = <LinkClosed error={link.error} />;
  else body = <Questionnaire token={token} link={link.data} onReceived={setReceived} onClosed={setClosed} />;

  return (
    <ParentLayout serviceName={link.data?.serviceName ?? 'Questionnaire'} homeHref={`/m/${token}`}>
      {body}
    </ParentLayout>
  );
}

type FormProps = {
  token: string;
  link: PublicLink;
  onReceived: (r: Received) => void;
  onClosed: (e: ApiError) => void;
};

function Questionnaire({ token, link, onReceived, onClosed }: FormProps) {
  const { measure } = link;
  const form = useProblems();
  const [answers, setAnswers] = useState<(number | null)[]>(() => measure.items.map(() => null));
  usePageTitle(measure.shortName, form.hasProblems);

  const mutation = useMutation({
    mutationFn: (responses: (number | null)[]) => submitPublicLink(token, responses),
    onSuccess: onReceived,
    onError: (error) => {
      if (isApiError(error, 404) || isApiError(error, 412)) return onClosed(error);
      form.show(serverProblems(error, link));
    },
  });

  const choose = (index: number, position: number) =>
    setAnswers((before) => before.map((a, i) => (i === index ? position : a)));

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const missing: Problem[] = measure.items.flatMap((item, i) =>
      answers[i] === null ? [{ field: itemId(item.number), message: `Answer question ${item.number}` }] : [],
    );
    if (missing.length > 0) return form.show(missing);
    form.clear();
    mutation.mutate(answers);
  };

  const count = measure.items.length;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        <PageHeading caption="Questionnaire">{measure.name}</PageHeading>
        <p className="nhsuk-body">
          Your practitioner has asked you to answer these {count} questions. It takes a few minutes. There are no right
          or wrong answers: choose the answer closest to how things have been for you.
        </p>
        <p className="nhsuk-body">
          Your answers go to your practitioner. This link works once, until {formatDay(link.expiresAt)}. Nothing is
          saved until you send your answers, so if you close this page you will need to start again.
        </p>
        <form onSubmit={submit} noValidate className="haven-parent-measure">
          {measure.instructions ? <p className="nhsuk-body-l">{measure.instructions}</p> : null}
          {measure.items.map((item, i) => {
            const id = itemId(item.number);
            const labels = item.answers ?? [];
            return (
              <Radios
                key={item.number}
                name={id}
                legend={`${item.number}. ${item.text ?? `Question ${item.number}`}`}
                legendProps={{ size: 's' }}
                hint={`Question ${item.number} of ${count}`}
                error={form.errorFor(id)}
              >
                {labels.map((label, position) => (
                  <Radios.Item
                    key={position}
                    id={position === 0 ? id : `${id}-${position}`}
                    value={String(position)}
                    checked={answers[i] === position}
                    onChange={() => choose(i, position)}
                  >
                    {label}
                  </Radios.Item>
                ))}
              </Radios>
            );
          })}
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? 'Sending…' : 'Send my answers'}
          </Button>
        </form>
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">{measure.licence.notice}</p>
      </div>
    </div>
  );
}

/** The server's objections, attached to the questions they name (`responses.3` is the fourth). */
function serverProblems(error: unknown, link: PublicLink): Problem[] {
  if (!isApiError(error)) return [{ message: 'Your answers could not be sent. Try again.' }];
  const named = error.fields.flatMap((f) => {
    const index = /^(?:body\.)?responses\.(\d+)$/.exec(f.path)?.[1];
    const item = index === undefined ? undefined : link.measure.items[Number(index)];
    return item ? [{ field: itemId(item.number), message: f.message }] : [];
  });
  if (named.length > 0) return named;
  return [
    {
      message:
        error.status === 0 || error.status >= 500
          ? `${error.message} Your answers are still here: try sending them again.`
          : error.message,
    },
  ];
}

function ThankYou({ support }: { support: boolean }) {
  usePageTitle('Answers sent');
  // The page changed without a new address: start screen readers and keyboards at the new heading.
  useEffect(() => focusNewPage(), []);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <PageHeading className="nhsuk-panel__title nhsuk-panel__title--l">
            Thank you: your answers have been sent
          </PageHeading>
          <div className="nhsuk-panel__body">Your practitioner will talk them through with you.</div>
        </div>
        {support ? <HelpNow /> : null}
        <p className="nhsuk-body">There is nothing more to do. You can now close this page.</p>
        {!support ? (
          <p className="nhsuk-body">
            If you or your baby are in danger now, call <a href="tel:999">999</a>. For urgent help with your mental
            health, call <a href="tel:111">NHS 111</a> and choose option 2.
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A link that cannot be used: not one we issued, already answered, expired or withdrawn. */
function LinkClosed({ error }: { error: Error }) {
  const used = isApiError(error, 412) && error.message.startsWith(ALREADY_RECEIVED);
  const title = isApiError(error, 404)
    ? 'This link is not valid'
    : used
      ? 'Your answers have already been received'
      : isApiError(error, 412)
        ? 'This link has expired'
        : 'Sorry, there is a problem';
  usePageTitle(title);
  useEffect(() => focusNewPage(), []);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>{title}</PageHeading>
        <p className="nhsuk-body">
          {isApiError(error) && error.status !== 0 && error.status < 500
            ? error.message
            : 'The questionnaire could not be opened. Check your connection and try again later.'}
        </p>
        <p className="nhsuk-body">
          If you or your baby are in danger now, call <a href="tel:999">999</a>. For urgent help with your mental
          health, call <a href="tel:111">NHS 111</a> and choose option 2.
        </p>
      </div>
    </div>
  );
}
