import type { EntityMetadata } from 'typeorm';

/** A name as a quoted SQL identifier. */
export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** An entity's table, schema-qualified and quoted. */
export const tableOf = (metadata: EntityMetadata): string => metadata.tablePath.split('.').map(quoteIdentifier).join('.');
