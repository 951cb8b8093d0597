// Everything the task screen needs about one task: its definition, the pupil's variant, the
// kind's hints and right answer, and the scoring settings that price a hint.
import type { Level } from '../../core/levels/LevelSchema';
import { type ScoringSettings, scoringSettingsSchema } from '../../core/levels/ScoringSettings';
import type { TaskDef } from '../../core/levels/TaskSchema';
import { makeTaskVariant } from '../../core/scoring/taskVariant';
import { taskKind } from '../../core/tasks/registry';
import type { Message } from '../../core/text/Message';

export interface OpenTask {
  task: TaskDef;
  level: Level | null;
  seed: number;
  variant: unknown;
  hints: Message[];
  scoring: ScoringSettings;
  solve: () => unknown;
}

const DEFAULT_SCORING = scoringSettingsSchema.parse({ levelStars: [50, 100, 150] });

export function openTask(task: TaskDef, level: Level | null, seed: number): OpenTask {
  const kind = taskKind(task.kind);
  const variant = makeTaskVariant(task, seed);
  return {
    task,
    level,
    seed,
    variant,
    hints: kind.hints(variant),
    scoring: level?.scoring ?? DEFAULT_SCORING,
    solve: () => kind.solve(variant),
  };
}
