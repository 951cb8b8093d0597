// Loads a sample task definition from tests/fixtures/tasks through the level's task schema.
import { readFileSync } from 'node:fs';
import { type TaskDef, taskSchema } from '../../src/core/levels/TaskSchema';

export function loadTaskFixture(kind: string): TaskDef {
  return taskSchema.parse(JSON.parse(readFileSync(`tests/fixtures/tasks/${kind}.json`, 'utf8')));
}
