import { useCallback, useState } from 'react';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * Forward-only cursor pagination (the API's `first`/`after`) with a way back: the cursors of the pages already seen
 * are kept, so « Page précédente » needs no backward cursor from the API. `restart` when a filter changes.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    pageNumber: cursors.length,
    next: useCallback((pageInfo: PageInfo) => setCursors((c) => [...c, pageInfo.endCursor]), []),
    previous: useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []),
    restart: useCallback(() => setCursors([null]), []),
  };
}

export function Pager({ label, pages, pageInfo, loading = false }: { label: string; pages: ReturnType<typeof useCursorPages>; pageInfo: PageInfo; loading?: boolean }) {
  return (
    <nav className="actions" aria-label={label}>
      <button type="button" className="secondary" disabled={pages.pageNumber === 1 || loading} onClick={pages.previous}>
        Page précédente
      </button>
      <button type="button" className="secondary" disabled={!pageInfo.hasNextPage || loading} onClick={() => pages.next(pageInfo)}>
        Page suivante
      </button>
    </nav>
  );
}
