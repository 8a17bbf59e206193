import { useEffect, useRef, type ReactNode } from 'react';

type Props = { children: ReactNode; className?: string; level?: 2 | 3 };

/**
 * The heading of a form that has just opened on the page: it takes focus (not by tabbing), so
 * keyboard and screen-reader users start at the form they asked for.
 */
export function FocusHeading({ children, className = 'nhsuk-heading-m', level = 2 }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag className={`${className} haven-focus-heading`} tabIndex={-1} ref={ref}>
      {children}
    </Tag>
  );
}
