// Which interactive view each task kind uses on the task screen: one line per kind.
// A kind without a line here gets a clear "not available yet" message instead of a crash.
import type { TaskViewFactory } from './TaskView';
import { createBudgetView } from './views/BudgetView';
import { createCrowdSafetyView } from './views/CrowdSafetyView';
import { createLightShowView } from './views/LightShowView';
import { createPowerPlanView } from './views/PowerPlanView';
import { createQuestionView } from './views/QuestionView';
import { createSoundLevelView } from './views/SoundLevelView';
import { createStageBuildView } from './views/StageBuildView';
import { createSupplyRouteView } from './views/SupplyRouteView';
import { createTimetableView } from './views/TimetableView';
import { createToiletsWaterView } from './views/ToiletsWaterView';
import { createWasteClimateView } from './views/WasteClimateView';

const views: Record<string, TaskViewFactory> = {
  // 'kind-name': createKindNameView,
  question: createQuestionView,
  'power-plan': createPowerPlanView,
  budget: createBudgetView,
  'sound-level': createSoundLevelView,
  'crowd-safety': createCrowdSafetyView,
  'toilets-water': createToiletsWaterView,
  'waste-climate': createWasteClimateView,
  'light-show': createLightShowView,
  'stage-build': createStageBuildView,
  'supply-route': createSupplyRouteView,
  timetable: createTimetableView,
};

/** The view factory for a task kind, or undefined when that kind has no view yet. */
export function taskViewFor(kind: string): TaskViewFactory | undefined {
  return Object.hasOwn(views, kind) ? views[kind] : undefined;
}
