import type { Session } from './session';

/** One problem the API reported, as a screen needs it: the French message, the machine code and, for input, the field. */
export interface ApiProblem {
  message: string;
  code: string;
  /** Path of the input field (`input.personne.nir`), when the API named one. */
  field?: string;
  /** The output field refused (FORBIDDEN on a personal field). */
  champ?: string;
  path?: readonly (string | number)[];
}

/** A request that failed as a whole (nothing written): every problem, so a form can show each next to its field. */
export class ApiError extends Error {
  constructor(readonly problems: ApiProblem[]) {
    super(problems[0]?.message ?? 'Erreur inconnue.');
  }

  get code(): string {
    return this.problems[0]?.code ?? 'INTERNAL_SERVER_ERROR';
  }

  /**
   * The problems a form does not show next to one of its fields (`fields` named as `forField` takes them), for its
   * banner; null when every problem has its place.
   */
  unplaced(fields: readonly string[]): ApiError | null {
    const placed = (field: string | undefined) => !!field && fields.some((f) => field === f || field.endsWith(`.${f}`) || field.includes(`.${f}.`));
    const rest = this.problems.filter((p) => !placed(p.field));
    return rest.length ? new ApiError(rest) : null;
  }

  /** The message for one input field (`input.nir` matches `input.nir` and `input.personne.nir` asked as `nir`). */
  forField(field: string): string | undefined {
    return this.problems.find((p) => p.field === field || p.field?.endsWith(`.${field}`))?.message;
  }
}

/** A partial answer: the data the API could give, and what it refused or could not reach (FORBIDDEN, a subgraph down). */
export interface Result<T> {
  data: T;
  problems: ApiProblem[];
}

interface RawError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; champ?: string; problems?: { field: string; message: string }[] };
}

function problemsOf(errors: RawError[]): ApiProblem[] {
  return errors.flatMap((error): ApiProblem[] => {
    const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    const listed = error.extensions?.problems;
    if (listed?.length) return listed.map((p) => ({ message: p.message, code, field: p.field, path: error.path }));
    return [{ message: error.message, code, field: error.extensions?.field, champ: error.extensions?.champ, path: error.path }];
  });
}

let persistedOnly = false;
/** The gateway accepts only its trusted documents: send each operation by its sha256 (the manifest's key). */
export const sendPersistedDocuments = (enabled: boolean) => {
  persistedOnly = enabled;
};

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

let onUnauthenticated: () => void = () => {};
/** What to do when the gateway no longer accepts the token (expired, revoked): the app signs out. */
export const whenUnauthenticated = (handler: () => void) => {
  onUnauthenticated = handler;
};
/** For the console's other requests to the gateway (file exports): the token was refused. */
export const signOutExpired = () => onUnauthenticated();

/**
 * Sends one operation to the public gateway with the session's token, like any partner application. Throws
 * `ApiError` when there is no data at all (refused, invalid input: nothing was written); otherwise returns the data
 * with the problems of the parts that failed, which screens show in place of those parts. `fresh` asks the gateway
 * for an answer computed now (`Cache-Control: no-cache`).
 */
export async function graphql<T>(
  session: Session | null,
  document: string,
  variables: Record<string, unknown> = {},
  options: { fresh?: boolean } = {},
): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        'x-graphql-client-name': 'plie-hub-console',
        ...(session ? { authorization: `Bearer ${session.token}` } : {}),
        // Figures computed now rather than the ones the gateway keeps a minute (the COPIL view's « Actualiser »).
        ...(options.fresh ? { 'cache-control': 'no-cache' } : {}),
      },
      body: JSON.stringify(
        persistedOnly ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: await sha256(document) } } } : { query: document, variables },
      ),
    });
  } catch {
    throw new ApiError([{ message: 'Le hub ne répond pas : vérifiez votre connexion puis réessayez.', code: 'NETWORK' }]);
  }
  const body = (await response.json().catch(() => null)) as { data?: T | null; errors?: RawError[] } | null;
  if (!body) throw new ApiError([{ message: `Réponse illisible du hub (HTTP ${response.status}).`, code: 'INTERNAL_SERVER_ERROR' }]);
  const problems = problemsOf(body.errors ?? []);
  if (problems.some((p) => p.code === 'UNAUTHENTICATED')) onUnauthenticated();
  if (body.data == null || (problems.length && Object.values(body.data as object).every((v) => v == null))) throw new ApiError(problems);
  return { data: body.data, problems };
}

/** The problem at (or under) a path of the answer, e.g. `['prescriptionsFranceTravail', 'nodes', 0, 'parcours']`. */
export function problemAt(problems: ApiProblem[], ...path: (string | number)[]): ApiProblem | undefined {
  return problems.find((p) => p.path && path.every((segment, i) => p.path![i] === segment));
}
