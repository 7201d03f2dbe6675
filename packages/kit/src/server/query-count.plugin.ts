import type { ApolloServerPlugin } from '@apollo/server';
import type { SubgraphContext } from '../context';

/**
 * Reports the number of SQL statements a request sent in `extensions.sqlQueries`, so tests and benchmarks can
 * assert that a list of N items does not cost N queries. Off in production.
 */
export function queryCountPlugin(): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...(result.extensions ?? {}), sqlQueries: contextValue.queryCount.statements };
        },
      };
    },
  };
}
