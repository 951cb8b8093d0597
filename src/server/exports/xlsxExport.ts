// A class export as an Excel workbook: a "Summary" sheet (one row per pupil) and a sheet per
// level (one row per pupil and task); numbers stay numbers and the header row is frozen.
// Written row by row with ExcelJS's streaming writer, so a school's export never sits whole in memory.
import type { Writable } from 'node:stream';
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

function writeSheet(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  header: string[],
  rows: Iterable<(string | number)[]>,
) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h) => ({ width: Math.min(40, Math.max(10, h.length + 2)) }));
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  headerRow.commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
}

const groupBy = <K>(rows: readonly ExportRow[], key: (row: ExportRow) => K) => {
  const groups = new Map<K, ExportRow[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
};

/** Writes the workbook to `out` and ends it. */
export async function xlsxExport(
  out: Writable,
  className: string,
  levels: readonly Level[],
  pupils: readonly Pupil[],
  rows: readonly ExportRow[],
): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  book.creator = 'Festivalmakers';
  book.title = safeCellText(className);
  const summaryHeader = [
    'pupil',
    'tasksDone',
    'points',
    ...levels.map((l) => `${l.id} points`),
    'lastActivity',
  ];
  const byPupil = groupBy(rows, (r) => r.pupil);
  const summary = pupils.map((pupil) => {
    const mine = byPupil.get(pupil.nickname) ?? [];
    const levelPoints = new Map<string, number>();
    let tasksDone = 0;
    let points = 0;
    for (const r of mine) {
      if (r.status === 'done') tasksDone += 1;
      points += r.points;
      levelPoints.set(r.level, (levelPoints.get(r.level) ?? 0) + r.points);
    }
    return [
      safeCellText(pupil.nickname),
      tasksDone,
      points,
      ...levels.map((l) => levelPoints.get(l.id) ?? 0),
      pupil.lastActiveAt ?? '',
    ];
  });
  writeSheet(book, 'Summary', summaryHeader, summary);
  const levelColumns = EXPORT_COLUMNS.filter((c) => c !== 'level' && c !== 'levelVersion');
  const byLevel = groupBy(rows, (r) => r.level);
  for (const level of levels) {
    const mine = byLevel.get(level.id) ?? [];
    writeSheet(
      book,
      level.id.slice(0, 31),
      [...levelColumns],
      mine.map((r) => levelColumns.map((c) => cellValue(r[c]))),
    );
  }
  await book.commit();
}
