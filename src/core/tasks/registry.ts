// Every task kind the game knows. Adding a kind is writing its module and listing it here.
import { BudgetTask } from './budget/BudgetTask';
import { CrowdSafetyTask } from './crowdSafety/CrowdSafetyTask';
import { LightShowTask } from './lightShow/LightShowTask';
import { PowerPlanTask } from './powerPlan/PowerPlanTask';
import { QuestionTask } from './question/QuestionTask';
import { SoundLevelTask } from './soundLevel/SoundLevelTask';
import { StageBuildTask } from './stageBuild/StageBuildTask';
import { SupplyRouteTask } from './supplyRoute/SupplyRouteTask';
import type { AnyTaskKind } from './TaskKind';
import { TimetableTask } from './timetable/TimetableTask';
import { ToiletsWaterTask } from './toiletsWater/ToiletsWaterTask';
import { WasteClimateTask } from './wasteClimate/WasteClimateTask';

export const TASK_KINDS = [
  QuestionTask,
  SoundLevelTask,
  PowerPlanTask,
  BudgetTask,
  CrowdSafetyTask,
  ToiletsWaterTask,
  WasteClimateTask,
  LightShowTask,
  StageBuildTask,
  SupplyRouteTask,
  TimetableTask,
] as const satisfies readonly AnyTaskKind[];

const byName = new Map<string, AnyTaskKind>(TASK_KINDS.map((k) => [k.kind, k]));

/** The kind module for a kind name; throws for an unknown kind (levels are checked before). */
export function taskKind(kind: string): AnyTaskKind {
  const found = byName.get(kind);
  if (!found) throw new Error(`unknown task kind '${kind}'`);
  return found;
}

export const TASK_KIND_NAMES = TASK_KINDS.map((k) => k.kind);
