// Checks of a level beyond its shape: unique ids, references that exist, an unlock graph
// without cycles, star thresholds that ascend and can be reached, sensible parameters.
import { taskKind } from '../tasks/registry';
import type { Level } from './LevelSchema';

export interface PathProblem {
  path: (string | number)[];
  message: string;
}

function duplicates(ids: string[], path: (i: number) => (string | number)[], what: string): PathProblem[] {
  const seen = new Set<string>();
  const problems: PathProblem[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) problems.push({ path: path(i), message: `duplicate ${what} id '${id}'` });
    seen.add(id);
  });
  return problems;
}

function cycleProblems(level: Level): PathProblem[] {
  const requires = new Map(level.tasks.map((t) => [t.id, t.requires]));
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: PathProblem[] = [];
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const index = level.tasks.findIndex((t) => t.id === id);
      const loop = [...trail.slice(trail.indexOf(id)), id].join(' -> ');
      problems.push({ path: ['tasks', index, 'requires'], message: `the unlock graph has a cycle: ${loop}` });
      return;
    }
    state.set(id, 'visiting');
    for (const next of requires.get(id) ?? []) if (requires.has(next)) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const task of level.tasks) visit(task.id, []);
  return problems.slice(0, 1);
}

export function levelProblems(level: Level): PathProblem[] {
  const problems: PathProblem[] = [];
  const { map, tasks, scoring } = level;
  problems.push(
    ...duplicates(
      map.zones.map((z) => z.id),
      (i) => ['map', 'zones', i, 'id'],
      'zone',
    ),
  );
  problems.push(
    ...duplicates(
      map.stations.map((s) => s.id),
      (i) => ['map', 'stations', i, 'id'],
      'station',
    ),
  );
  problems.push(
    ...duplicates(
      tasks.map((t) => t.id),
      (i) => ['tasks', i, 'id'],
      'task',
    ),
  );

  if (level.ageMin > level.ageMax)
    problems.push({ path: ['ageMax'], message: `must be at least ageMin (${level.ageMin})` });
  if (level.unlock?.level === level.id)
    problems.push({ path: ['unlock', 'level'], message: 'a level cannot unlock itself' });
  const inside = (x: number, y: number) => x <= map.widthM && y <= map.heightM;
  if (!inside(map.startXM, map.startYM))
    problems.push({ path: ['map', 'startXM'], message: 'the start lies outside the map' });
  map.zones.forEach((z, i) => {
    if (!inside(z.xM + z.widthM, z.yM + z.heightM)) {
      problems.push({
        path: ['map', 'zones', i],
        message: `zone '${z.id}' reaches outside the ${map.widthM} x ${map.heightM} m map`,
      });
    }
  });
  const zoneIds = new Set(map.zones.map((z) => z.id));
  map.stations.forEach((s, i) => {
    if (!zoneIds.has(s.zone))
      problems.push({ path: ['map', 'stations', i, 'zone'], message: `no zone '${s.zone}' on the map` });
    if (!inside(s.xM, s.yM))
      problems.push({ path: ['map', 'stations', i], message: `station '${s.id}' lies outside the map` });
  });

  const stationIds = new Set(map.stations.map((s) => s.id));
  const taskIds = new Set(tasks.map((t) => t.id));
  tasks.forEach((t, i) => {
    if (!stationIds.has(t.station))
      problems.push({ path: ['tasks', i, 'station'], message: `no station '${t.station}' on the map` });
    t.requires.forEach((r, j) => {
      if (r === t.id)
        problems.push({ path: ['tasks', i, 'requires', j], message: 'a task cannot require itself' });
      else if (!taskIds.has(r))
        problems.push({ path: ['tasks', i, 'requires', j], message: `no task '${r}' in this level` });
    });
    for (const p of taskKind(t.kind).sensible(t.params)) {
      problems.push({ path: ['tasks', i, 'params', ...p.path], message: p.message });
    }
  });
  if (!tasks.some((t) => t.required))
    problems.push({ path: ['tasks'], message: 'at least one task must be required' });
  problems.push(...cycleProblems(level));

  const [one, two, three] = scoring.levelStars;
  if (!(one < two && two < three)) {
    problems.push({
      path: ['scoring', 'levelStars'],
      message: `star thresholds must ascend, got ${one}, ${two}, ${three}`,
    });
  }
  const maxPoints = tasks.length * scoring.pointsPerTask;
  if (three > maxPoints) {
    problems.push({
      path: ['scoring', 'levelStars', 2],
      message: `three stars need ${three} points but the level gives at most ${maxPoints}`,
    });
  }
  return problems;
}
