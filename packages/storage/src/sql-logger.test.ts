import { describe, expect, it } from 'vitest';
import { SqlLogger } from './sql-logger';

describe('SQL logger', () => {
  it('logs what failed (SQLSTATE, constraint, table) but never the database message, which can quote a value', () => {
    const lines: Array<Record<string, unknown>> = [];
    const out = { debug() {}, info() {}, error() {}, warn: (obj: object) => lines.push(obj as Record<string, unknown>) };
    const error = Object.assign(new Error('invalid input syntax for type uuid: "DUPONT Marie"'), { code: '22P02', table: 'participant' });
    new SqlLogger(out).logQueryError(error, 'SELECT * FROM participant WHERE id = $1');
    expect(lines).toEqual([{ sql: 'SELECT * FROM participant WHERE id = $1', code: '22P02', constraint: undefined, table: 'participant' }]);
    expect(JSON.stringify(lines)).not.toContain('DUPONT');
  });
});
