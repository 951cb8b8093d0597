// The verdict after a Check: right or not yet, the science behind it (the check's explanation
// messages), the task's stars, and the careers that do this work.
import type Phaser from 'phaser';
import type { TaskCheck } from '../../core/tasks/TaskKind';
import { t, translateMessage } from '../../i18n/i18n';
import { starText } from './starText';
import { palette, textStyle } from './theme';

export interface FeedbackContent {
  check: TaskCheck;
  careers: string[];
  stars: number | null;
}

/** Draws the panel inside `area`; returns its objects and the y where buttons may go. */
export function drawFeedbackPanel(
  scene: Phaser.Scene,
  area: Phaser.Geom.Rectangle,
  content: FeedbackContent,
  scale: number,
): { objects: Phaser.GameObjects.GameObject[]; buttonsY: number } {
  const p = palette();
  const { check } = content;
  const g = scene.add.graphics().setDepth(50);
  g.fillStyle(0x000000, 0.55).fillRect(0, 0, scene.scale.width, scene.scale.height);
  g.fillStyle(p.panel, 0.98).fillRoundedRect(area.x, area.y, area.width, area.height, 20);
  g.lineStyle(5, check.correct ? p.good : p.bad).strokeRoundedRect(
    area.x,
    area.y,
    area.width,
    area.height,
    20,
  );
  const objects: Phaser.GameObjects.GameObject[] = [g];
  const pad = 24 * scale;
  const heading = check.correct ? `✓ ${t('game.task.right')}` : `✗ ${t('game.task.wrong')}`;
  const head = scene.add
    .text(
      area.x + pad,
      area.y + pad,
      heading,
      textStyle(34, scale, { fontStyle: 'bold', color: check.correct ? '#7dffb0' : '#ffb3b3' }),
    )
    .setDepth(51);
  objects.push(head);
  let y = head.y + head.height + 12 * scale;
  if (content.stars !== null && check.correct) {
    objects.push(
      scene.add
        .text(
          area.right - pad,
          area.y + pad,
          starText(content.stars),
          textStyle(34, scale, { color: '#ffd23f' }),
        )
        .setOrigin(1, 0)
        .setDepth(51),
    );
  }
  for (const message of check.explanation) {
    const line = scene.add
      .text(
        area.x + pad,
        y,
        translateMessage(message),
        textStyle(19, scale, { wordWrap: { width: area.width - 2 * pad }, lineSpacing: 4 }),
      )
      .setDepth(51);
    objects.push(line);
    y += line.height + 10 * scale;
  }
  const careers = content.careers.map((c) => t(`careers.${c}`)).join(', ');
  const careerLine = scene.add
    .text(
      area.x + pad,
      y + 6 * scale,
      t('game.task.careers', { careers }),
      textStyle(18, scale, {
        color: p.textDim,
        fontStyle: 'italic',
        wordWrap: { width: area.width - 2 * pad },
      }),
    )
    .setDepth(51);
  objects.push(careerLine);
  return { objects, buttonsY: area.bottom - 44 * scale };
}
