// The most points a task can give (a right first try, no hints, fast), from the core scoring.
import type { Level } from '../../core/levels/LevelSchema';
import type { TaskDef } from '../../core/levels/TaskSchema';
import { scoreTask } from '../../core/scoring/scoreTask';

export const taskMaxPoints = (level: Level, task: TaskDef): number =>
  scoreTask(level.scoring, task, null, []).maxPoints;
