import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen: its title is the page's h1 and the document title, and takes the focus when the screen opens, so a
 * keyboard or screen-reader user lands on the new content instead of the menu.
 */
export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — PLIE Hub`;
    heading.current?.focus();
  }, [title]);
  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page-header">
        <h1 id="page-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** Hash routes: `#/fiches/nouvelle` → ['fiches', 'nouvelle']. */
export const navigate = (...segments: string[]) => {
  location.hash = `#/${segments.map(encodeURIComponent).join('/')}`;
};
