import { humanize } from './format';

/** One choice of a select: the schema's value and its French label. */
export type Option<V extends string = string> = { value: V; label: string };

/** The choices of a label table, in its order (the tables list the schema's values in the order people expect). */
export const optionsOf = <V extends string>(labels: Record<V, string>): Option<V>[] => (Object.entries(labels) as [V, string][]).map(([value, label]) => ({ value, label }));

/**
 * The French label of a schema value; a value the table does not know yet (a newer schema) reads in words rather
 * than in capitals, and an absent one as a dash.
 */
export const labelOf = (labels: Record<string, string>, value: string | null | undefined): string => (value ? (labels[value] ?? humanize(value)) : '—');
