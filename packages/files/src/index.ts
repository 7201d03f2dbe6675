export { decodeText, detectSeparator, parseCsv } from './csv';
export { toXlsx, toCsv, readSpreadsheet, type SheetContent, type ExportFile } from './spreadsheet';
