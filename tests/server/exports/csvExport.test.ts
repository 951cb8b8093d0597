// CSV details: quoting, separators, and formula injection neutralised in every text cell.
import { describe, expect, it } from 'vitest';
import { csvExport } from '../../../src/server/exports/csvExport';
import type { ExportRow } from '../../../src/server/exports/exportRows';
import { safeCellText } from '../../../src/server/exports/safeCellText';

const row = (pupil: string): ExportRow => ({
  pupil,
  level: 'schoolfuif',
  levelVersion: 1,
  task: 'sound-barrier',
  status: 'done',
  points: 104,
  maxPoints: 110,
  stars: 3,
  attempts: 2,
  hintsUsed: 1,
  timeS: 95,
  lastActivity: '2026-05-04T09:12:33.120Z',
  stuck: false,
});

describe('csvExport', () => {
  it.each(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (text) => {
    expect(safeCellText(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text alone', () => {
    expect(safeCellText('DJ Volt')).toBe('DJ Volt');
    expect(safeCellText('a=b')).toBe('a=b');
  });

  it('quotes separators and quotes, and writes numbers as numbers', () => {
    const csv = csvExport([row('=HYPERLINK("x")'), row('Jo; "Bo"')], ';');
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""x"")";schoolfuif;1;sound-barrier;done;104;110;3;2;1;95;2026-05-04T09:12:33.120Z;no`,
    );
    expect(lines[2]?.startsWith('"Jo; ""Bo"""')).toBe(true);
    expect(
      csvExport([row('Jo, Bo')], ',')
        .split('\r\n')[1]
        ?.startsWith('"Jo, Bo",'),
    ).toBe(true);
    expect(
      csvExport([row('Jo, Bo')], ';')
        .split('\r\n')[1]
        ?.startsWith('Jo, Bo;'),
    ).toBe(true);
  });
});
