// The contract between the task screen (which shows the story, hints, feedback and careers)
// and one task kind's interactive part, where the pupil drags, places, connects or programs.
// A view draws inside `area`, reports the pupil's current answer, and is fully playable with
// the keyboard (Tab/arrows/Enter/Space), the mouse and touch.
import type Phaser from 'phaser';
import type { TaskDef } from '../../core/levels/TaskSchema';
import type { TaskCheck } from '../../core/tasks/TaskKind';

export interface TaskViewContext {
  scene: Phaser.Scene;
  /** Where the view may draw, in scene (screen) pixels. */
  area: Phaser.Geom.Rectangle;
  task: TaskDef;
  /** The pupil's variant, made by the kind's core model from the pupil's seed. */
  variant: unknown;
  /** Translates a key with named values (i18next underneath). */
  t: (key: string, values?: Record<string, string | number>) => string;
  /** Call whenever the answer changes; null while the answer is incomplete. */
  onAnswerChange: (answer: unknown | null) => void;
  /** Reduced motion is on: no big tweens. */
  reducedMotion: boolean;
}

export interface TaskView {
  /** The current answer, or null while incomplete. */
  answer(): unknown | null;
  /** Handles a key the task screen does not use itself; returns true when handled. */
  handleKey(event: KeyboardEvent): boolean;
  /** Shows the verdict in the view (for example where the structure fails). Optional. */
  showCheck?(check: TaskCheck): void;
  /** Lays the view out again after a resize. */
  resize(area: Phaser.Geom.Rectangle): void;
  /** Removes everything the view made: objects, listeners, tweens, timers. */
  destroy(): void;
}

export type TaskViewFactory = (context: TaskViewContext) => TaskView;
