// A class export as CSV: UTF-8 with a BOM and ';' between fields (Excel in Belgium opens it
// right), or ',' on request; CRLF line ends; every text cell made safe against formulas.
import { EXPORT_COLUMNS, type ExportRow } from './exportRows';
import { safeCellText } from './safeCellText';

export type CsvSeparator = ';' | ',';

function field(value: string | number | boolean, separator: CsvSeparator): string {
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : safeCellText(value);
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvExport(rows: readonly ExportRow[], separator: CsvSeparator): string {
  return [...csvChunks(rows, separator)].join('');
}

/** The same file in pieces of a few hundred lines, for a streamed download. */
export function* csvChunks(rows: readonly ExportRow[], separator: CsvSeparator, linesPerChunk = 500) {
  let lines = [`\uFEFF${EXPORT_COLUMNS.join(separator)}`];
  for (const row of rows) {
    lines.push(EXPORT_COLUMNS.map((c) => field(row[c], separator)).join(separator));
    if (lines.length >= linesPerChunk) {
      yield `${lines.join('\r\n')}\r\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\r\n')}\r\n`;
}
