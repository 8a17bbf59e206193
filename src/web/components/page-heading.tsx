import { useEffect, useRef, type ReactNode } from 'react';
import { headingMounted } from '../app/focus';

type Props = { children: ReactNode; caption?: string; className?: string };

/** The page's one h1; it can take focus (not by tabbing) when the page changes. */
export function PageHeading({ children, caption, className = 'nhsuk-heading-l' }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (ref.current) headingMounted(ref.current);
  }, []);
  return (
    <h1 className={className} tabIndex={-1} ref={ref}>
      {caption ? <span className="nhsuk-caption-l">{caption}</span> : null}
      {children}
    </h1>
  );
}
