import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...files: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/levels-check.ts', ...files], { encoding: 'utf8' });

describe('npm run levels:check', () => {
  it('passes on levels/ with exit 0', () => {
    const out = run();
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/level file\(s\) OK/);
  });

  it('fails with file, path and reason and no stack trace', () => {
    const out = run('tests/fixtures/levels/source-too-loud.json', 'tests/fixtures/levels/broken-json.json');
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(
      'tests/fixtures/levels/source-too-loud.json: tasks[0].params.sourceDbAt1mMax: must be between 90 and 135, got 140',
    );
    expect(out.stderr).toContain('tests/fixtures/levels/broken-json.json: line 6, column 3: broken JSON');
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a file that does not exist', () => {
    const out = run('levels/nope.json');
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('levels/nope.json: (file): cannot be read');
  });
});
