import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen: its title is the page's h1 and the document title, and takes the focus when the screen opens, so a
 * keyboard or screen-reader user lands on the new content instead of the menu.
 */
export function Page({ title, documentTitle, actions, children }: { title: string; documentTitle?: string; actions?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A title naming a person stays out of the document title: the browser keeps that in its history and tab sync,
  // after the session has ended.
  const shownInBrowser = documentTitle ?? title;
  useEffect(() => {
    document.title = `${shownInBrowser} — PLIE Hub`;
    heading.current?.focus();
  }, [shownInBrowser, title]);
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
