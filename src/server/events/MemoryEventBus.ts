// The class event bus for one server process: listeners in a map, events delivered at once.
import type { ClassEvent, ClassEventBus, ClassEventListener } from './ClassEventBus';

export class MemoryEventBus implements ClassEventBus {
  private readonly listeners = new Map<string, Set<ClassEventListener>>();

  async publish(classId: string, event: ClassEvent): Promise<void> {
    for (const listener of this.listeners.get(classId) ?? []) listener(event);
  }

  subscribe(classId: string, listener: ClassEventListener): () => void {
    const set = this.listeners.get(classId) ?? new Set();
    set.add(listener);
    this.listeners.set(classId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(classId);
    };
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
