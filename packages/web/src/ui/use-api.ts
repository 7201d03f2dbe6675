import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, graphql, type ApiProblem } from '../api/graphql';
import { useSession } from './session-context';

export interface Loaded<T> {
  data: T | null;
  /** Parts of the answer the API refused or could not reach (the rest of `data` is good). */
  problems: ApiProblem[];
  /** The whole request failed. */
  error: ApiError | null;
  loading: boolean;
  /** Runs the query again; `fresh` asks for an answer computed now rather than one the gateway kept. */
  reload: (options?: { fresh?: boolean }) => void;
}

/** Runs a query when the screen opens and whenever its variables change. */
export function useQuery<T>(document: string, variables: Record<string, unknown> = {}, options: { skip?: boolean } = {}): Loaded<T> {
  const session = useSession();
  const [state, setState] = useState<Omit<Loaded<T>, 'reload'>>({ data: null, problems: [], error: null, loading: !options.skip });
  const [round, setRound] = useState({ n: 0, fresh: false });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (options.skip) return;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    graphql<T>(session, document, variables, { fresh: round.fresh }).then(
      (result) => current && setState({ data: result.data, problems: result.problems, error: null, loading: false }),
      (error: unknown) => current && setState({ data: null, problems: [], error: asApiError(error), loading: false }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, key, round, session, options.skip]);
  const reload = useCallback((next?: { fresh?: boolean }) => setRound((r) => ({ n: r.n + 1, fresh: next?.fresh ?? false })), []);
  return { ...state, reload };
}

export interface Mutation<V, T> {
  run: (variables: V) => Promise<T | null>;
  pending: boolean;
  error: ApiError | null;
  reset: () => void;
}

/**
 * A write: `run` resolves to the data, or to null with `error` set (nothing was written, the form shows why). A
 * second `run` while one is in flight (a double click, Enter twice) is not sent and resolves to null.
 */
export function useMutation<V extends Record<string, unknown>, T>(document: string): Mutation<V, T> {
  const session = useSession();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const inFlight = useRef(false);
  const run = useCallback(
    async (variables: V) => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setPending(true);
      setError(null);
      try {
        return (await graphql<T>(session, document, variables)).data;
      } catch (e) {
        setError(asApiError(e));
        return null;
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [session, document],
  );
  return { run, pending, error, reset: () => setError(null) };
}

export const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError([{ message: error instanceof Error ? error.message : String(error), code: 'INTERNAL_SERVER_ERROR' }]);
