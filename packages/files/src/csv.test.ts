import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from './csv';

describe('CSV reading', () => {
  it('decodes UTF-8 with a BOM and Windows-1252', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFnom;prénom')).text).toBe('nom;prénom');
    const latin = decodeText(Uint8Array.from([0x4c, 0xe9, 0x61])); // "Léa" in Windows-1252
    expect(latin).toEqual({ text: 'Léa', encoding: 'windows-1252' });
  });

  it('parses quotes, doubled quotes, separators and line breaks inside cells, with line numbers', () => {
    const rows = parseCsv('a;b;c\r\n1;"x;y";"dit ""oui"""\r\n\r\n2;"sur\ndeux lignes";z\n');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x;y', 'dit "oui"'] },
      { line: 4, cells: ['2', 'sur\ndeux lignes', 'z'] },
    ]);
  });

  it('detects a comma separator', () => {
    expect(parseCsv('a,b\n1,2')[1]!.cells).toEqual(['1', '2']);
  });
});
