// The browser tests' window into the game, installed only when the URL has ?test:
// window.__festival.state() and a few commands (open a task or any task definition, read the
// variant and the core's right answer, submit an answer, find where to tap).
import Phaser from 'phaser';
import { taskSchema } from '../../core/levels/TaskSchema';
import { DEFAULT_AVATAR } from '../../core/progress/Avatar';
import { currentLanguage } from '../../i18n/i18n';
import { findLevel } from '../levels/loadLevels';
import { SiteScene } from '../scenes/SiteScene';
import { levelScoreFor } from '../state/levelScore';
import { allProgress, currentProfile, saveAvatar } from '../state/ProgressStore';
import { session } from '../state/session';
import { buttonsOf } from '../ui/Button';

export interface FestivalTestHook {
  state(): object;
  /** The shown scene's key, cheap enough to ask every frame (state() copies the progress). */
  scene(): string;
  /** Display objects in the shown scene (the benchmark notes how many festival day draws). */
  objectCount(): number;
  /** When (performance.now()) a frame showing `scene` was first drawn, or null if not yet. */
  firstFrameAt(scene: string): number | null;
  openTask(levelId: string, taskId: string, seed?: number): void;
  openTaskDef(taskDefJson: unknown, seed?: number): void;
  variant(): unknown;
  solve(): unknown;
  submit(answer: unknown): void;
  targets(): Record<string, { x: number; y: number }>;
  goto(scene: string, data?: object): void;
}

declare global {
  interface Window {
    __festival?: FestivalTestHook;
  }
}

export function installTestHook(game: Phaser.Game): void {
  if (!new URLSearchParams(window.location.search).has('test')) return;
  const active = () => game.scene.getScenes(true)[0];
  const goto = (key: string, data: object = {}) => {
    const scene = active();
    if (scene) scene.scene.start(key, data);
    else game.scene.start(key, data);
  };
  // The first frame drawn in each scene: the benchmark's "time to the title" ends there, as the
  // bare Phaser page's first frame does.
  const firstFrames = new Map<string, number>();
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (!firstFrames.has(session.scene)) firstFrames.set(session.scene, performance.now());
  });
  const ensureProfile = () => {
    if (!currentProfile()) saveAvatar('Test Pupil', DEFAULT_AVATAR);
  };
  window.__festival = {
    scene: () => session.scene,
    objectCount: () => active()?.children.length ?? 0,
    firstFrameAt: (scene) => firstFrames.get(scene) ?? null,
    state() {
      const level = session.levelId ? findLevel(session.levelId) : undefined;
      return {
        scene: session.scene,
        levelId: session.levelId,
        taskId: session.taskId,
        language: currentLanguage(),
        avatarM: session.avatarM,
        progress: structuredClone(allProgress()),
        meters: level && currentProfile() ? levelScoreFor(level).meters : null,
        score: level && currentProfile() ? { ...levelScoreFor(level), tasks: undefined } : null,
      };
    },
    openTask(levelId, taskId, seed) {
      ensureProfile();
      goto('Task', { levelId, taskId, seed });
    },
    openTaskDef(taskDefJson, seed) {
      const parsed = taskSchema.safeParse(taskDefJson);
      if (!parsed.success) throw new Error(`not a valid task: ${parsed.error.message}`);
      goto('Task', { taskDef: parsed.data, seed });
    },
    variant: () => session.variant,
    solve: () => session.solve?.() ?? null,
    submit(answer) {
      if (!session.submit) throw new Error('no task is open');
      session.submit(answer);
    },
    targets() {
      const scene = active();
      if (!scene) return {};
      const out: Record<string, { x: number; y: number }> = {};
      for (const b of buttonsOf(scene)) if (b.isVisible()) out[b.id] = { x: b.x, y: b.y };
      if (scene instanceof SiteScene) Object.assign(out, scene.stationTargets());
      return out;
    },
    goto,
  };
}
