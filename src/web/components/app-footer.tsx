import { Footer } from 'nhsuk-react-components';

/** The NHS.UK footer, with Haven's own line in place of the NHS copyright. */
export function AppFooter() {
  return (
    <Footer>
      <Footer.Meta>
        <Footer.Copyright>Haven: open-source software for parent-infant relationship services</Footer.Copyright>
      </Footer.Meta>
    </Footer>
  );
}
