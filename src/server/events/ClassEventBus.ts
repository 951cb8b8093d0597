// Live updates for a class's dashboard. Routes publish through this small interface, so a
// multi-process setup (issue 9: PostgreSQL LISTEN/NOTIFY) can replace the in-memory bus.
export type ClassEvent =
  | {
      type: 'attempt';
      pupilId: string;
      levelId: string;
      taskId: string;
      correct: boolean;
      taskPoints: number;
      taskStars: number;
      receivedAt: string;
    }
  | { type: 'pupil'; pupilId: string; change: 'joined' | 'deleted' };

export type ClassEventListener = (event: ClassEvent) => void;

export interface ClassEventBus {
  publish(classId: string, event: ClassEvent): Promise<void>;
  /** Returns the function that ends the subscription. */
  subscribe(classId: string, listener: ClassEventListener): () => void;
  close(): Promise<void>;
}
