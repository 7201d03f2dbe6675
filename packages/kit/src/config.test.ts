import { describe, expect, it } from 'vitest';
import { ConfigError, readSubgraphConfig } from './config';

describe('readSubgraphConfig', () => {
  it('runs operations as compiled code unless PLIE_COMPILED_EXECUTION=off, and refuses any other value', () => {
    expect(readSubgraphConfig('parcours', {}, 4004).compiledExecution).toBe(true);
    expect(readSubgraphConfig('parcours', { PLIE_COMPILED_EXECUTION: 'on' }, 4004).compiledExecution).toBe(true);
    expect(readSubgraphConfig('parcours', { PLIE_COMPILED_EXECUTION: 'off' }, 4004).compiledExecution).toBe(false);
    expect(() => readSubgraphConfig('parcours', { PLIE_COMPILED_EXECUTION: 'non' }, 4004)).toThrow(ConfigError);
  });
});
