import ExcelJS from 'exceljs';
import { decodeText, parseCsv } from './csv';

/** One sheet of a workbook to produce: a title row is optional, then a header and rows. */
export interface SheetContent {
  name: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
  /** Lines written above the header (a cover or a caption). */
  caption?: string[];
}

/** An export file as GraphQL returns it: name, MIME type and bytes in base64. */
export interface ExportFile {
  nom: string;
  typeMime: string;
  contenuBase64: string;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook with one sheet per section; numbers stay numbers so totals can be recomputed in the spreadsheet. */
export async function toXlsx(fileName: string, sheets: SheetContent[]): Promise<ExportFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PLIE Hub';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31));
    for (const line of sheet.caption ?? []) worksheet.addRow([line]);
    if (sheet.caption?.length) worksheet.addRow([]);
    const header = worksheet.addRow(sheet.header);
    header.font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
    worksheet.columns.forEach((column) => (column.width = 18));
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { nom: `${fileName}.xlsx`, typeMime: XLSX_MIME, contenuBase64: buffer.toString('base64') };
}

/** CSV as French spreadsheets expect it: `;` separated, UTF-8 with BOM, decimal comma left to the reader. */
export function toCsv(fileName: string, sheet: SheetContent): ExportFile {
  const quote = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [...(sheet.caption ?? []).map((line) => quote(line)), ...(sheet.caption?.length ? [''] : []), sheet.header.map(quote).join(';'), ...sheet.rows.map((row) => row.map(quote).join(';'))];
  return { nom: `${fileName}.csv`, typeMime: 'text/csv; charset=utf-8', contenuBase64: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8').toString('base64') };
}

/** Rows of a CSV or XLSX upload (first sheet), with their line numbers; the format is recognised from the bytes. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<{ format: 'csv' | 'xlsx'; encoding: string; rows: Array<{ line: number; cells: string[] }> }> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) {
    const { text, encoding } = decodeText(bytes);
    return { format: 'csv', encoding, rows: parseCsv(text) };
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  const sheet = workbook.worksheets[0];
  const rows: Array<{ line: number; cells: string[] }> = [];
  sheet?.eachRow({ includeEmpty: false }, (row, line) => {
    const values = (row.values as unknown[]).slice(1).map((value) => cellText(value));
    if (values.some((v) => v.trim() !== '')) rows.push({ line, cells: values });
  });
  return { format: 'xlsx', encoding: 'xlsx', rows };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'result' in (value as object)) return cellText((value as { result: unknown }).result);
  if (typeof value === 'object' && 'text' in (value as object)) return String((value as { text: unknown }).text);
  return String(value);
}
