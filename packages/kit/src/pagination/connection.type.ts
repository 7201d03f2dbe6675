import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Lazy: the count query runs only when a client selects `totalCount`. */
  readonly totalCount: Promise<number>;
}

/**
 * Declares the Relay connection type of a node type: `<Name>Connection { edges { cursor node } nodes pageInfo
 * totalCount }`.
 */
export function connectionType<T extends object>(node: ClassType<T>, name: string): ClassType<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String, { description: 'Curseur opaque de cet élément.' })
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `Page de ${name}.` })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => [node], { description: 'Les éléments de la page, sans curseur.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Nombre total d’éléments correspondant aux filtres (toutes pages).' })
    totalCount!: Promise<number>;
  }

  return ConnectionType as unknown as ClassType<ConnectionShape<T>>;
}
