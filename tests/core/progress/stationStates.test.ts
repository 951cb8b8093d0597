import { describe, expect, it } from 'vitest';
import { levelAccess } from '../../../src/core/progress/levelAccess';
import { stationStates } from '../../../src/core/progress/stationStates';
import { scoreLevel } from '../../../src/core/scoring/scoreLevel';
import { makeTaskVariant } from '../../../src/core/scoring/taskVariant';
import { taskKind } from '../../../src/core/tasks/registry';
import { loadLevel } from '../../helpers/loadLevel';

const level = loadLevel('schoolfuif');
const seed = 77;
const stateOf = (states: ReturnType<typeof stationStates>, taskId: string) =>
  states.find((s) => s.taskId === taskId);
const right = (taskId: string) => {
  const task = level.tasks.find((t) => t.id === taskId);
  if (!task) throw new Error(taskId);
  return { answer: taskKind(task.kind).solve(makeTaskVariant(task, seed)), hintsUsed: 0, timeMs: 5000 };
};

describe('station states on the site', () => {
  it('opens tasks without requirements and locks the ones that wait, naming what they wait for', () => {
    const states = stationStates(level, scoreLevel(level, seed, {}));
    expect(states).toHaveLength(level.tasks.length);
    expect(stateOf(states, 'sound-barrier')).toEqual({
      taskId: 'sound-barrier',
      stationId: 'desk-station',
      state: 'open',
      tried: false,
    });
    expect(stateOf(states, 'earplug-question')).toEqual({
      taskId: 'earplug-question',
      stationId: 'info-station',
      state: 'locked',
      waitingFor: ['sound-barrier'],
    });
  });

  it('marks a solved task done with its stars and opens what waited for it', () => {
    const states = stationStates(
      level,
      scoreLevel(level, seed, { 'sound-barrier': [right('sound-barrier')] }),
    );
    expect(stateOf(states, 'sound-barrier')).toEqual({
      taskId: 'sound-barrier',
      stationId: 'desk-station',
      state: 'done',
      stars: 3,
    });
    expect(stateOf(states, 'earplug-question')).toMatchObject({ state: 'open', tried: false });
  });

  it('keeps a wrongly tried task open and remembers it was tried', () => {
    const wrong = { answer: { distanceM: 1, obligations: [] }, hintsUsed: 0, timeMs: 1000 };
    const states = stationStates(level, scoreLevel(level, seed, { 'sound-barrier': [wrong] }));
    expect(stateOf(states, 'sound-barrier')).toMatchObject({ state: 'open', tried: true });
  });
});

describe('level access', () => {
  it('opens a level without an unlock rule, and one whose rule is met', () => {
    expect(levelAccess(level, {})).toEqual({ levelId: 'schoolfuif', open: true });
    const locked = { ...level, id: 'next', unlock: { level: 'schoolfuif', stars: 2 } };
    expect(levelAccess(locked, { schoolfuif: 1 })).toEqual({
      levelId: 'next',
      open: false,
      needsLevel: 'schoolfuif',
      needsStars: 2,
    });
    expect(levelAccess(locked, { schoolfuif: 2 })).toEqual({ levelId: 'next', open: true });
  });
});
