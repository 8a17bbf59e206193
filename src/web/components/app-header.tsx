import { Header as HeaderModule } from 'nhsuk-frontend';
import { UserIcon } from 'nhsuk-react-components';
import { useEffect, useRef, type SyntheticEvent } from 'react';
import { Link } from 'react-router';

export type NavItem = { to: string; label: string; current: boolean };

type Props = {
  serviceName: string;
  homeHref: string;
  userName?: string;
  navigation: NavItem[];
  onSignOut?: () => void;
};

/**
 * The NHS.UK header (v10 markup) with client-side links: the service name, the signed-in person
 * and a sign-out button, and the navigation, which NHS.UK frontend's script folds into a "More"
 * menu when it does not fit. Haven is not the NHS, so there is no NHS logo.
 */
export function AppHeader(props: Props) {
  // A fresh header when the items change: NHS.UK frontend's script moves them into its menu.
  return <HeaderInner key={props.navigation.map((i) => i.to).join(' ')} {...props} />;
}

function HeaderInner({ serviceName, homeHref, userName, navigation, onSignOut }: Props) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const header = ref.current;
    if (header && !header.hasAttribute('data-nhsuk-header-init')) new HeaderModule(header);
  }, []);
  const signOut = (event: SyntheticEvent) => {
    event.preventDefault();
    onSignOut?.();
  };
  return (
    <header className="nhsuk-header" data-module="nhsuk-header" role="banner" ref={ref}>
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-name" to={homeHref}>
            {serviceName}
          </Link>
        </div>
        {userName ? (
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              <li className="nhsuk-header__account-item">
                <UserIcon />
                {userName}
              </li>
              {onSignOut ? (
                <li className="nhsuk-header__account-item">
                  <form className="nhsuk-header__account-form" noValidate onSubmit={signOut}>
                    <button className="nhsuk-header__account-button" type="submit">
                      Sign out
                    </button>
                  </form>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </div>
      {navigation.length > 0 ? <HeaderNavigation items={navigation} /> : null}
    </header>
  );
}

function HeaderNavigation({ items }: { items: NavItem[] }) {
  return (
    <nav className="nhsuk-header__navigation" aria-label="Menu">
      <div className="nhsuk-header__navigation-container nhsuk-width-container">
        <ul className="nhsuk-header__navigation-list">
          {items.map((item) => (
            <li
              key={item.to}
              className={`nhsuk-header__navigation-item${item.current ? ' nhsuk-header__navigation-item--current' : ''}`}
            >
              <Link
                className="nhsuk-header__navigation-link"
                to={item.to}
                aria-current={item.current ? 'page' : undefined}
              >
                {item.current ? (
                  <strong className="nhsuk-header__navigation-item-current-fallback">{item.label}</strong>
                ) : (
                  item.label
                )}
              </Link>
            </li>
          ))}
          <li className="nhsuk-header__menu" hidden>
            <button
              className="nhsuk-header__menu-toggle nhsuk-header__navigation-link"
              id="toggle-menu"
              aria-expanded="false"
              type="button"
            >
              <span className="nhsuk-u-visually-hidden">Browse </span>More
            </button>
          </li>
        </ul>
      </div>
    </nav>
  );
}
