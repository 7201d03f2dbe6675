/**
 * Reading the spreadsheets partners export: UTF-8 (with or without BOM) or Windows-1252, `;` or `,` separated,
 * quoted fields with doubled quotes and line breaks inside, CRLF or LF.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Picks the separator that splits the header line into the most columns. */
export function detectSeparator(headerLine: string): ';' | ',' {
  return headerLine.split(';').length >= headerLine.split(',').length ? ';' : ',';
}

/** Rows of cells, each with the 1-based line number where it starts (what a person sees in their spreadsheet). */
export function parseCsv(text: string): Array<{ line: number; cells: string[] }> {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = detectSeparator(firstLine);
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowStart, cells });
      cells = [];
      cell = '';
      line += 1;
      rowStart = line;
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowStart, cells });
  return rows;
}
