import { getNamedType, isObjectType, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import type { EntityMetadata } from 'typeorm';

/**
 * The fields a request asks of a connection's nodes, under `nodes` and `edges.node`, through fragments; null when
 * the selection cannot be read that way (a fragment on another type than the connection's or the node's), so
 * that the caller reads every column.
 */
export function nodeFieldsOf(info: GraphQLResolveInfo): Set<string> | null {
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return null;
  const { nodes, edges } = connection.getFields();
  const edge = edges && getNamedType(edges.type);
  if (!nodes || !edge) return null;
  const connectionTypeName = connection.name;
  const nodeTypeName = getNamedType(nodes.type).name;
  const fields = new Set<string>();
  // Walks the selections of one level, calling `onField` on each field, fragments included.
  const walk = (selections: readonly SelectionNode[], typeName: string, onField: (name: string, selections: readonly SelectionNode[]) => boolean): boolean => {
    for (const selection of selections) {
      if (selection.kind === 'Field') {
        if (!onField(selection.name.value, selection.selectionSet?.selections ?? [])) return false;
        continue;
      }
      const fragment = selection.kind === 'InlineFragment' ? selection : info.fragments[selection.name.value];
      if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== typeName)) return false;
      if (!walk(fragment.selectionSet.selections, typeName, onField)) return false;
    }
    return true;
  };
  const collectNode = (selections: readonly SelectionNode[]) =>
    walk(selections, nodeTypeName, (name) => {
      if (!name.startsWith('__')) fields.add(name);
      return true;
    });
  const readable = info.fieldNodes.every((node) =>
    walk(node.selectionSet?.selections ?? [], connectionTypeName, (name, selections) => {
      if (name === 'nodes') return collectNode(selections);
      if (name === 'edges') return walk(selections, edge.name, (edgeField, nodeSelections) => (edgeField === 'node' ? collectNode(nodeSelections) : true));
      return true;
    }),
  );
  return readable ? fields : null;
}

/**
 * What a list declares to read only the columns of the fields asked (`paginate`'s `columns`), by property name (an
 * embedded group's name reads all of its columns): `always`, what is read whatever is asked (the sort keys, what
 * access checks and the audit read); `derived`, what each computed field reads. A field named after a column or an
 * embedded group reads it without being declared.
 */
export interface PageColumns {
  always: string[];
  derived: Record<string, string[]>;
}

/**
 * The columns (property paths) a page must read for the fields asked of its nodes. Null, read everything, when a
 * field is neither a column nor declared in `derived`, or the fields are unknown: a field whose columns were left
 * out would answer null, not fail.
 */
export function pageColumns(metadata: EntityMetadata, fields: Set<string> | null, options: PageColumns): string[] | null {
  if (fields === null) return null;
  const wanted = new Set<string>();
  const add = (name: string): boolean => {
    const columns = metadata.columns.filter((column) => !column.isVirtual && (column.propertyPath === name || column.propertyPath.startsWith(`${name}.`) || column.embeddedMetadata?.propertyPath === name));
    for (const column of columns) wanted.add(column.propertyPath);
    return columns.length > 0;
  };
  for (const name of options.always) if (!add(name)) throw new Error(`${metadata.name}: no column or embedded group « ${name} »`);
  for (const field of fields) {
    const derived = options.derived[field];
    if (derived) {
      for (const name of derived) if (!add(name)) throw new Error(`${metadata.name}: no column or embedded group « ${name} » for « ${field} »`);
    } else if (!add(field)) {
      return null;
    }
  }
  return [...wanted];
}
