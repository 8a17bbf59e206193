import { SkipLink } from 'nhsuk-react-components';
import { Outlet, useOutletContext, useParams } from 'react-router';
import { isApiError } from '../../app/api-client';
import { useFocusOnNavigation } from '../../app/focus';
import { usePageTitle } from '../../app/page';
import { LoadingPage } from '../../app/status-pages';
import { AppFooter } from '../../components/app-footer';
import { AppHeader } from '../../components/app-header';
import { PageHeading } from '../../components/page-heading';
import { usePublicService, type PublicService } from './api';

/**
 * The public pages of one service (its referral forms): the NHS.UK header with the service's
 * name, no navigation and no sign-in. The pages below get the service from the outlet context.
 */
export function PublicLayout() {
  const { slug = '' } = useParams();
  const service = usePublicService(slug);

  useFocusOnNavigation();

  return (
    <>
      <SkipLink />
      <AppHeader serviceName={service.data?.name ?? 'Haven'} homeHref={`/s/${slug}/refer`} navigation={[]} />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" role="main">
          {service.isPending ? <LoadingPage /> : null}
          {service.isError ? <ServiceProblem notFound={isApiError(service.error, 404)} /> : null}
          {service.data ? <Outlet context={service.data} /> : null}
        </main>
      </div>
      <AppFooter />
    </>
  );
}

/** The service whose public pages these are. */
export const usePublicServiceContext = () => useOutletContext<PublicService>();

function ServiceProblem({ notFound }: { notFound: boolean }) {
  const title = notFound ? 'Page not found' : 'Sorry, there is a problem with the service';
  usePageTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="nhsuk-body">
        {notFound
          ? 'If you typed the web address, check it is correct. If you followed a link, the service may have moved.'
          : 'Try again later. If you need help now, call your GP, health visitor or midwife.'}
      </p>
      <p className="nhsuk-body">If anyone is in immediate danger, call 999.</p>
    </>
  );
}
