// A class export as an Excel workbook: a "Summary" sheet (one row per pupil) and a sheet per
// level (one row per pupil and task); numbers stay numbers and the header row is frozen.
import ExcelJS from 'exceljs';
import type { Level } from '../../core/levels/LevelSchema';
import type { Pupil } from '../repositories/PupilRepository';
import { EXPORT_COLUMNS, type ExportRow } from './exportRows';
import { safeCellText } from './safeCellText';

const cellValue = (value: string | number | boolean) =>
  typeof value === 'string'
    ? safeCellText(value)
    : typeof value === 'boolean'
      ? value
        ? 'yes'
        : 'no'
      : value;

function addSheet(book: ExcelJS.Workbook, name: string, header: string[], rows: (string | number)[][]) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(40, Math.max(10, (header[i] ?? '').length + 2));
  });
}

export async function xlsxExport(
  className: string,
  levels: readonly Level[],
  pupils: readonly Pupil[],
  rows: readonly ExportRow[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Festivalmakers';
  book.title = safeCellText(className);
  const summaryHeader = [
    'pupil',
    'tasksDone',
    'points',
    ...levels.map((l) => `${l.id} points`),
    'lastActivity',
  ];
  const summary = pupils.map((pupil) => {
    const mine = rows.filter((r) => r.pupil === pupil.nickname);
    return [
      safeCellText(pupil.nickname),
      mine.filter((r) => r.status === 'done').length,
      mine.reduce((sum, r) => sum + r.points, 0),
      ...levels.map((l) => mine.filter((r) => r.level === l.id).reduce((sum, r) => sum + r.points, 0)),
      pupil.lastActiveAt ?? '',
    ];
  });
  addSheet(book, 'Summary', summaryHeader, summary);
  const levelColumns = EXPORT_COLUMNS.filter((c) => c !== 'level' && c !== 'levelVersion');
  for (const level of levels) {
    const mine = rows.filter((r) => r.level === level.id);
    addSheet(
      book,
      level.id.slice(0, 31),
      [...levelColumns],
      mine.map((r: ExportRow) => levelColumns.map((c) => cellValue(r[c]))),
    );
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
