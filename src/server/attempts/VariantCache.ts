// Remembers the task variants that are slow to make (a light show or a stage build takes tens to
// hundreds of ms), per task and seed, so re-scoring a pupil's next try does not make them again.
import type { TaskDef } from '../../core/levels/TaskSchema';
import { makeTaskVariant } from '../../core/scoring/taskVariant';

/** A variant that took less than this to make is made again each time (not worth the memory). */
export const SLOW_VARIANT_MS = 1;

export class VariantCache {
  /** Most recently used last; keyed by task (object identity, so two level catalogs never mix) and seed. */
  private readonly entries = new Map<string, unknown>();
  private readonly taskIds = new WeakMap<TaskDef, number>();
  private nextTaskId = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly clockMs: () => number = () => performance.now(),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The variant of `task` for `seed`, the same value makeTaskVariant gives. */
  variant(task: TaskDef, seed: number): unknown {
    const key = `${this.taskId(task)}:${seed}`;
    if (this.entries.has(key)) {
      const found = this.entries.get(key);
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const startedMs = this.clockMs();
    const made = makeTaskVariant(task, seed);
    if (this.clockMs() - startedMs >= SLOW_VARIANT_MS) {
      this.entries.set(key, made);
      if (this.entries.size > this.maxEntries) {
        const oldest = this.entries.keys().next();
        if (!oldest.done) this.entries.delete(oldest.value);
      }
    }
    return made;
  }

  private taskId(task: TaskDef): number {
    let id = this.taskIds.get(task);
    if (id === undefined) {
      id = this.nextTaskId++;
      this.taskIds.set(task, id);
    }
    return id;
  }
}
