import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLevelSource, levelSetProblems } from '../../../src/core/levels/checkLevel';
import { formatLevelProblem } from '../../../src/core/levels/LevelProblem';

const fixtureDir = 'tests/fixtures/levels';
const read = (file: string) => readFileSync(file, 'utf8');

/** Every broken fixture, with the path and reason levels:check must name. */
const expected: Record<string, [string, RegExp]> = {
  'broken-json.json': ['line 6, column 3', /broken JSON: Expected ',' or '}'/],
  'duplicate-task-id.json': ['tasks[1].id', /duplicate task id 'sound-barrier'/],
  'missing-french.json': ['tasks[0].title.fr', /French text \(fr\) is missing/],
  'missing-requirement.json': ['tasks[1].requires[0]', /no task 'power-plan'/],
  'negative-distance.json': ['map.zones[0].xM', /must be between 0 and 2000, got -3/],
  'no-correct-option.json': ['tasks[1].params.options', /no option is marked correct/],
  'no-right-answer.json': ['tasks[0].params.maxDistanceM', /no right answer/],
  'source-too-loud.json': ['tasks[0].params.sourceDbAt1mMax', /must be between 90 and 135, got 140/],
  'stars-descending.json': ['scoring.levelStars', /must ascend, got 150, 100, 180/],
  'stars-unreachable.json': ['scoring.levelStars[2]', /need 900 points but the level gives at most 200/],
  'unknown-field.json': ['tasks[0].colour', /is not a known field/],
  'unknown-kind.json': ['tasks[1].kind', /unknown task kind "juggling"; known kinds: .*sound-level/],
  'unknown-station.json': ['tasks[1].station', /no station 'nowhere' on the map/],
  'unlock-cycle.json': ['tasks[0].requires', /cycle: sound-barrier -> earplug-question -> sound-barrier/],
  'wrong-category.json': ['tasks[0].params.category', /must be VLAREM category 1, 2 or 3, got 5/],
};

describe('checkLevelSource on broken fixtures', () => {
  it('has an expectation for every fixture file', () => {
    expect(readdirSync(fixtureDir).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, [path, reason]] of Object.entries(expected)) {
    it(`rejects ${name} naming ${path}`, () => {
      const file = `${fixtureDir}/${name}`;
      const result = checkLevelSource(file, read(file));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const hit = result.problems.find((p) => p.path === path && reason.test(p.message));
      expect(hit, result.problems.map(formatLevelProblem).join('\n')).toBeDefined();
      expect(hit?.file).toBe(file);
    });
  }
});

describe('checkLevelSource on the shipped levels', () => {
  const files = readdirSync('levels').filter((f) => f.endsWith('.json') && f !== 'level.schema.json');

  it('accepts every level in levels/', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const result = checkLevelSource(f, read(`levels/${f}`));
      expect(result.ok ? [] : result.problems.map(formatLevelProblem)).toEqual([]);
    }
  });

  it('finds duplicate level ids and unlocks of missing levels across a set', () => {
    const result = checkLevelSource('a.json', read('levels/schoolfuif.json'));
    if (!result.ok) throw new Error('schoolfuif must be valid');
    const locked = { ...result.level, id: 'other', unlock: { level: 'ghost', stars: 1 } };
    const problems = levelSetProblems([
      { file: 'a.json', level: result.level },
      { file: 'b.json', level: result.level },
      { file: 'c.json', level: locked },
    ]);
    expect(problems.map(formatLevelProblem)).toEqual([
      "b.json: id: level id 'schoolfuif' is also used by a.json",
      "c.json: unlock.level: no level 'ghost' in this set",
    ]);
  });

  it('fills defaults so the game never sees a half-loaded level', () => {
    const result = checkLevelSource('s.json', read('levels/schoolfuif.json'));
    if (!result.ok) throw new Error('schoolfuif must be valid');
    expect(result.level.scoring.hintCost).toBe(0.1);
    expect(result.level.tasks[0]?.required).toBe(true);
  });
});
