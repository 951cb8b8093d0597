// The task screen: the story, the kind's own interactive view, hints with their cost, Check,
// feedback that explains the science, retry, the careers, and the way back to the site.
// Keys: Enter checks, H shows a hint, Escape goes back; every other key goes to the view.
import Phaser from 'phaser';
import type { TaskDef } from '../../core/levels/TaskSchema';
import { checkAnswer } from '../../core/scoring/taskVariant';
import { localized, t, translateMessage } from '../../i18n/i18n';
import { playEffect } from '../audio/SoundBoard';
import { findLevel } from '../levels/loadLevels';
import { queueAttempt } from '../net/AttemptOutbox';
import { levelSeed } from '../state/ClassMembership';
import { levelScoreFor } from '../state/levelScore';
import { currentSeed, levelProgress, recordAttempt, recordHints, setResume } from '../state/ProgressStore';
import { settings } from '../state/Settings';
import { session } from '../state/session';
import { type OpenTask, openTask } from '../tasks/openTask';
import type { TaskView } from '../tasks/TaskView';
import { taskViewFor } from '../tasks/taskViews';
import { Button } from '../ui/Button';
import { drawFeedbackPanel } from '../ui/FeedbackPanel';
import { palette, TOOLBAR_PX, textStyle } from '../ui/theme';
import { FestivalScene } from './FestivalScene';

export interface TaskData {
  levelId?: string;
  taskId?: string;
  /** A task definition opened without a level (test hook, previews). */
  taskDef?: TaskDef;
  seed?: number;
}

export class TaskScene extends FestivalScene<TaskData> {
  private open!: OpenTask;
  private view: TaskView | null = null;
  private answer: unknown | null = null;
  private hintsSeen = 0;
  private sinceMs = 0;
  private checkButton: Button | null = null;
  private hintButton: Button | null = null;
  private feedback: { objects: Phaser.GameObjects.GameObject[]; buttons: Button[] } | null = null;
  private hintText!: Phaser.GameObjects.Text;

  constructor() {
    super('Task');
  }

  private resolve(): OpenTask | null {
    const { levelId, taskId, taskDef, seed } = this.sceneData;
    if (taskDef) return openTask(taskDef, null, seed ?? currentSeed());
    const level = levelId ? findLevel(levelId) : undefined;
    const task = level?.tasks.find((tk) => tk.id === taskId);
    return level && task ? openTask(task, level, seed ?? levelSeed(level.id)) : null;
  }

  protected build(): void {
    const open = this.resolve();
    if (!open) {
      this.scene.start('LevelChoice');
      return;
    }
    this.open = open;
    const { task, level } = open;
    session.levelId = level?.id ?? null;
    session.taskId = task.id;
    session.variant = open.variant;
    session.solve = open.solve;
    session.submit = (answer) => this.check(answer);
    if (level) setResume({ scene: 'Task', levelId: level.id, taskId: task.id });
    this.hintsSeen = level ? (levelProgress(level.id).hints[task.id] ?? 0) : this.hintsSeen;
    this.sinceMs = this.time.now;
    this.answer = null;
    this.feedback = null;
    const { width: w, height: h } = this.scale;
    const u = this.ui;
    const p = palette();
    const leftW = Math.max(300, w * 0.33);
    this.add.rectangle(0, 0, w, 64 * u, p.panel).setOrigin(0);
    this.add
      .text(24, 32 * u, localized(task.title), textStyle(28, u, { fontStyle: 'bold' }))
      .setOrigin(0, 0.5);
    new Button(this, {
      id: 'back',
      x: w - TOOLBAR_PX - 100 * u,
      y: 32 * u,
      width: 190 * u,
      height: 46 * u,
      label: t('game.task.back'),
      scale: u,
      onPress: () => this.back(),
    });
    const story = this.add.text(
      24,
      84 * u,
      localized(task.story),
      textStyle(19, u, { wordWrap: { width: leftW - 40 }, lineSpacing: 4 }),
    );
    this.hintText = this.add.text(
      24,
      story.y + story.height + 18 * u,
      '',
      textStyle(17, u, { color: '#ffd23f', wordWrap: { width: leftW - 40 }, lineSpacing: 3 }),
    );
    this.showHints();
    const cost = Math.round(open.scoring.hintCost * open.scoring.pointsPerTask);
    const hintButton: Button = new Button(this, {
      id: 'hint',
      x: leftW / 2,
      y: h - 120 * u,
      width: leftW - 48,
      height: 52 * u,
      label: t('game.task.hint', { cost }),
      scale: u,
      fontPx: 19,
      enabled: this.hintsSeen < open.hints.length,
      onPress: () => {
        this.hintsSeen = Math.min(open.hints.length, this.hintsSeen + 1);
        if (level) recordHints(level.id, task.id, this.hintsSeen);
        hintButton.setEnabled(this.hintsSeen < open.hints.length);
        playEffect('click');
        this.showHints();
      },
    });
    this.hintButton = hintButton;
    this.checkButton = new Button(this, {
      id: 'check',
      x: leftW / 2,
      y: h - 52 * u,
      width: leftW - 48,
      height: 58 * u,
      label: t('game.task.check'),
      primary: true,
      scale: u,
      enabled: false,
      onPress: () => this.check(this.answer),
    });
    const area = new Phaser.Geom.Rectangle(leftW, 80 * u, w - leftW - 20, h - 100 * u);
    this.add.graphics().fillStyle(p.ground, 0.9).fillRoundedRect(area.x, area.y, area.width, area.height, 18);
    const factory = taskViewFor(task.kind);
    if (!factory) {
      this.add
        .text(
          area.centerX,
          area.centerY,
          t('game.task.noView', { kind: task.kind }),
          textStyle(24, u, { align: 'center', wordWrap: { width: area.width - 60 } }),
        )
        .setOrigin(0.5);
      return;
    }
    this.view = factory({
      scene: this,
      area: new Phaser.Geom.Rectangle(area.x + 16, area.y + 16, area.width - 32, area.height - 32),
      task,
      variant: open.variant,
      t,
      onAnswerChange: (answer) => {
        this.answer = answer;
        this.checkButton?.setEnabled(answer !== null);
      },
      reducedMotion: settings().reducedMotion,
    });
    this.answer = this.view.answer();
    this.checkButton.setEnabled(this.answer !== null);
  }

  private showHints(): void {
    const lines = this.open.hints
      .slice(0, this.hintsSeen)
      .map((m, i) => `${t('game.task.hintN', { n: i + 1 })} ${translateMessage(m)}`);
    this.hintText.setText(lines.join('\n\n'));
  }

  protected override cleanup(): void {
    this.view?.destroy();
    this.view = null;
    session.variant = null;
    session.solve = null;
    session.submit = null;
  }

  protected override handleKey(event: KeyboardEvent): boolean {
    if (event.key === 'Escape') {
      this.back();
      return true;
    }
    if (this.feedback) return false;
    if (event.key === 'Enter') {
      this.checkButton?.press();
      return true;
    }
    if (event.key === 'h' || event.key === 'H') {
      this.hintButton?.press();
      return true;
    }
    return this.view?.handleKey(event) ?? false;
  }

  private back(): void {
    const level = this.open?.level;
    this.go(level ? 'Site' : 'Title', level ? { levelId: level.id } : {});
  }

  /** Checks an answer, records the try, and shows the feedback. */
  check(answer: unknown): void {
    if (answer === null || this.feedback) return;
    const { task, level, variant } = this.open;
    const verdict = checkAnswer(task, variant, answer);
    const timeMs = Math.max(0, Math.round(this.time.now - this.sinceMs));
    this.sinceMs = this.time.now;
    if (level) {
      recordAttempt(level.id, task.id, { answer, hintsUsed: this.hintsSeen, timeMs });
      queueAttempt({
        levelId: level.id,
        levelVersion: level.version,
        taskId: task.id,
        seed: this.open.seed,
        answer,
        hintsUsed: this.hintsSeen,
        timeMs,
      });
    }
    this.view?.showCheck?.(verdict);
    playEffect(verdict.correct ? 'success' : 'fail');
    const stars = level ? (levelScoreFor(level).tasks.find((s) => s.taskId === task.id)?.stars ?? 0) : null;
    const { width: w, height: h } = this.scale;
    const u = this.ui;
    const area = new Phaser.Geom.Rectangle(w * 0.12, h * 0.1, w * 0.76, h * 0.8);
    const panel = drawFeedbackPanel(this, area, { check: verdict, careers: task.careers, stars }, u);
    const bw = Math.min(300 * u, area.width / 2 - 30);
    const retry = new Button(this, {
      id: 'retry',
      x: area.centerX - bw / 2 - 12,
      y: panel.buttonsY,
      width: bw,
      height: 54 * u,
      label: t('game.task.retry'),
      primary: !verdict.correct,
      scale: u,
      onPress: () => this.closeFeedback(),
    }).setDepth(52);
    const done = new Button(this, {
      id: 'to-site',
      x: area.centerX + bw / 2 + 12,
      y: panel.buttonsY,
      width: bw,
      height: 54 * u,
      label: t('game.task.back'),
      primary: verdict.correct,
      scale: u,
      onPress: () => this.back(),
    }).setDepth(52);
    this.feedback = { objects: panel.objects, buttons: [retry, done] };
    this.focus.clear();
    this.focus.add(retry, done);
    this.focus.focusId(verdict.correct ? done.id : retry.id);
  }

  private closeFeedback(): void {
    if (!this.feedback) return;
    playEffect('click');
    for (const o of this.feedback.objects) o.destroy();
    for (const b of this.feedback.buttons) b.destroy();
    this.feedback = null;
    this.focus.clear();
  }
}
