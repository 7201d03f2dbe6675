import { type DocumentNode, type GraphQLSchema, Kind, type OperationDefinitionNode, parse, print, validate } from 'graphql';

export interface ClientOperation {
  /** Where it comes from (file and operation name). */
  source: string;
  document: string;
}

export interface BrokenOperation {
  source: string;
  operation: string;
  message: string;
}

const operationNames = (document: DocumentNode) =>
  document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION).map((d) => d.name?.value ?? '(anonyme)');

/** Validates every client operation against a schema; names the operation and the field a change breaks. */
export function validateOperations(schema: GraphQLSchema, operations: ClientOperation[]): BrokenOperation[] {
  const broken: BrokenOperation[] = [];
  for (const operation of operations) {
    let document: DocumentNode;
    try {
      document = parse(operation.document);
    } catch (error) {
      broken.push({ source: operation.source, operation: '(illisible)', message: (error as Error).message });
      continue;
    }
    for (const error of validate(schema, document)) {
      broken.push({ source: operation.source, operation: operationNames(document).join(', '), message: error.message });
    }
  }
  return broken;
}

/** Splits a `.graphql` file holding several operations into one document per operation (fragments shared). */
export function operationsOfFile(source: string, text: string): ClientOperation[] {
  const document = parse(text);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({ source: `${source}#${operation.name?.value ?? 'anonyme'}`, document: [operation, ...fragments].map((d) => print(d)).join('\n') }));
}
