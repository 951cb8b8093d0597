// The state of every station on a level's site: locked (a required task is not done yet),
// open, or done with its stars; computed from the pupil's tries through the scoring engine.
import type { Level } from '../levels/LevelSchema';
import type { LevelScore } from '../scoring/scoreLevel';

export type StationState =
  | { taskId: string; stationId: string; state: 'locked'; waitingFor: string[] }
  | { taskId: string; stationId: string; state: 'open'; tried: boolean }
  | { taskId: string; stationId: string; state: 'done'; stars: 0 | 1 | 2 | 3 };

export function stationStates(level: Level, score: LevelScore): StationState[] {
  const byId = new Map(score.tasks.map((t) => [t.taskId, t]));
  return level.tasks.map((task) => {
    const own = byId.get(task.id);
    const base = { taskId: task.id, stationId: task.station };
    if (own?.correct) return { ...base, state: 'done', stars: own.stars };
    const waitingFor = task.requires.filter((id) => !byId.get(id)?.correct);
    if (waitingFor.length > 0) return { ...base, state: 'locked', waitingFor };
    return { ...base, state: 'open', tried: (own?.attempts ?? 0) > 0 };
  });
}
