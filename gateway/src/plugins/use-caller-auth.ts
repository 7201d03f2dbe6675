import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { InvalidTokenError, type Caller, type VerifyToken } from '@plie-hub/auth';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';

export interface CallerAuthOptions {
  verifyToken: VerifyToken;
  /**
   * Let introspection-only operations through without a token (GraphiQL needs the schema before you paste a
   * token). Off in production, where introspection is disabled anyway.
   * @default false
   */
  allowAnonymousIntrospection?: boolean;
}

export interface CallerContext {
  caller?: Caller;
}

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

function isIntrospectionOnly(document: DocumentNode): boolean {
  return document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION ||
      (definition as OperationDefinitionNode).selectionSet.selections.every(
        (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
      ),
  );
}

/**
 * Verifies the bearer token of every GraphQL request and puts the caller in the context, where `useSignedCaller`
 * finds it. A request without a valid token is refused with UNAUTHENTICATED before anything is planned.
 */
export function useCallerAuth(options: CallerAuthOptions): GatewayPlugin<CallerContext> {
  return {
    async onContextBuilding({ context, extendContext }) {
      const header = context.request?.headers.get('authorization');
      if (!header) return;
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw unauthenticated("En-tête Authorization invalide : utilisez « Bearer <jeton> ».");
      try {
        extendContext({ caller: await options.verifyToken(match[1]!) });
      } catch (error) {
        if (error instanceof InvalidTokenError) throw unauthenticated('Jeton refusé : expiré, mal signé ou non destiné à PLIE Hub.');
        throw error;
      }
    },
    onExecute({ args }) {
      const context = args.contextValue as CallerContext;
      if (context.caller) return;
      if (options.allowAnonymousIntrospection && isIntrospectionOnly(args.document)) return;
      throw unauthenticated('Authentification requise : fournissez un jeton (Authorization: Bearer <jeton>).');
    },
  };
}
