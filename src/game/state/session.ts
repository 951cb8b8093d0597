// Where the pupil is right now (scene, level, task, variant), for the test hook and for resuming.
export interface Session {
  scene: string;
  levelId: string | null;
  taskId: string | null;
  /** The open task's variant and its right answer (only read by the test hook). */
  variant: unknown;
  solve: (() => unknown) | null;
  /** The open task screen's own submit, so tests can check an answer through the same path. */
  submit: ((answer: unknown) => void) | null;
  /** The avatar's place on the site, in metres, while the site is shown. */
  avatarM: { xM: number; yM: number } | null;
}

export const session: Session = {
  scene: 'Boot',
  levelId: null,
  taskId: null,
  variant: null,
  solve: null,
  submit: null,
  avatarM: null,
};
