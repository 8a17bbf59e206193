import { Link } from 'react-router';
import { PageHeading } from '../components/page-heading';
import { usePageTitle } from './page';

export function LoadingPage() {
  usePageTitle('Loading');
  return (
    <p className="nhsuk-body" role="status">
      Loading…
    </p>
  );
}

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p className="nhsuk-body">If you typed the web address, check it is correct.</p>
      <p className="nhsuk-body">
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}

export function ForbiddenPage() {
  usePageTitle('You cannot open this page');
  return (
    <>
      <PageHeading>You cannot open this page</PageHeading>
      <p className="nhsuk-body">
        Your role in this service does not include this page. Ask your service admin if you need it.
      </p>
      <p className="nhsuk-body">
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}

export function CrashPage() {
  usePageTitle('Sorry, there is a problem with the service');
  return (
    <>
      <PageHeading>Sorry, there is a problem with the service</PageHeading>
      <p className="nhsuk-body">Try again later. If you were entering information, it may not have been saved.</p>
      <p className="nhsuk-body">
        <a href="/">Go to the home page</a>
      </p>
    </>
  );
}
