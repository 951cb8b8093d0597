// The view of the 'light-show' kind: the example pattern beat by beat, the pupil's show run by
// the core interpreter under it, a palette of blocks and the program as indented lines; Play
// runs the lamp to the beat. Keys: Tab picks a block from the palette, Space adds it under the
// selected line, Up/Down select a line, Left/Right change its value, Delete removes it, P plays.
import type Phaser from 'phaser';
import type { LightShowAnswer, LightShowVariant } from '../../../core/tasks/lightShow/LightShowTask';
import { blockCount, type LightColour, runLightProgram } from '../../../core/tasks/lightShow/lightProgram';
import { palette, textStyle, uiScale } from '../../ui/theme';
import type { TaskView, TaskViewContext } from '../TaskView';
import { type LightToken, newToken, stepToken, TOKEN_OPS, tokenDepths, tokensToProgram } from './lightTokens';

const LAMP: Record<LightColour, number> = {
  off: 0x222233,
  red: 0xff3b3b,
  green: 0x35e06b,
  blue: 0x3b7bff,
  yellow: 0xffe14a,
  purple: 0xb04bff,
  white: 0xffffff,
};
const MAX_LINES = 30;

export function createLightShowView(context: TaskViewContext): TaskView {
  const { scene, t } = context;
  const v = context.variant as LightShowVariant;
  const tokens: LightToken[] = [];
  let selected = -1;
  let tool = 0;
  let playing: Phaser.Time.TimerEvent | null = null;
  let objects: Phaser.GameObjects.GameObject[] = [];
  let lineObjects: Phaser.GameObjects.GameObject[] = [];
  let redraw = () => {};
  let showBeat = (_beat: number) => {};

  const program = () => tokensToProgram(tokens);
  const answer = (): LightShowAnswer | null => {
    const p = program();
    return p.length > 0 ? { program: p } : null;
  };
  const changed = () => {
    redraw();
    context.onAnswerChange(answer());
  };
  const insert = (op: (typeof TOKEN_OPS)[number]) => {
    if (tokens.length >= MAX_LINES) return;
    tokens.splice(selected + 1, 0, newToken(op));
    selected += 1;
    changed();
  };
  const step = (by: 1 | -1) => {
    const token = tokens[selected];
    if (!token) return;
    tokens[selected] = stepToken(token, by);
    changed();
  };
  const remove = () => {
    if (selected < 0) return;
    tokens.splice(selected, 1);
    selected = Math.min(selected, tokens.length - 1);
    changed();
  };
  const stop = () => {
    playing?.remove();
    playing = null;
  };
  const play = () => {
    stop();
    const beats = runLightProgram(program(), v.target.length).beats;
    let beat = 0;
    showBeat(0);
    playing = scene.time.addEvent({
      delay: 60000 / v.bpm,
      repeat: Math.max(0, Math.max(beats.length, v.target.length)),
      callback: () => {
        beat += 1;
        showBeat(beat);
      },
    });
  };
  const label = (token: LightToken) =>
    token.op === 'colour' || token.op === 'flash'
      ? t(`tasks.lightShow.block.${token.op}`, { colour: t(`tasks.lightShow.colour.${token.colour}`) })
      : token.op === 'wait'
        ? t('tasks.lightShow.block.wait', { beats: token.beats })
        : token.op === 'repeat'
          ? t('tasks.lightShow.block.repeat', { times: token.times })
          : t('tasks.lightShow.block.end');

  const layout = (area: Phaser.Geom.Rectangle) => {
    stop();
    for (const o of [...objects, ...lineObjects]) o.destroy();
    lineObjects = [];
    const u = uiScale(scene.scale.width, scene.scale.height);
    const p = palette();
    const instruction = scene.add.text(
      area.x + 8,
      area.y + 4,
      t('tasks.lightShow.instruction'),
      textStyle(18, u, { wordWrap: { width: area.width - 16 } }),
    );
    const keys = scene.add
      .text(
        area.x + 8,
        area.bottom - 4,
        t('tasks.lightShow.view.keys'),
        textStyle(14, u, { color: p.textDim }),
      )
      .setOrigin(0, 1);
    const labelW = 130 * u;
    const stripX = area.x + 8 + labelW;
    const n = v.target.length;
    const cell = Math.min(40 * u, (area.right - stripX - 100 * u) / n);
    const stripY = instruction.y + instruction.height + 14 * u;
    const strips = scene.add.graphics();
    const texts: Phaser.GameObjects.Text[] = [
      scene.add.text(
        area.x + 8,
        stripY,
        t('tasks.lightShow.view.target'),
        textStyle(16, u, { fontStyle: 'bold' }),
      ),
      scene.add.text(
        area.x + 8,
        stripY + cell + 12 * u,
        t('tasks.lightShow.view.yours'),
        textStyle(16, u, { fontStyle: 'bold' }),
      ),
    ];
    const lampX = area.right - 50 * u;
    const lampY = stripY + cell;
    const lamp = scene.add.circle(lampX, lampY, 34 * u, LAMP.off).setStrokeStyle(4, 0xffffff);
    const beatMark = scene.add.graphics();
    const listTop = stripY + 2 * cell + 40 * u;
    const paletteW = 190 * u;
    const toolButtons = TOKEN_OPS.map((op, i) => {
      const y = listTop + 40 * u + i * 50 * u;
      const r = scene.add
        .rectangle(area.x + 8 + paletteW / 2, y, paletteW, 42 * u, p.button)
        .setRounded(12)
        .setStrokeStyle(2, p.panelEdge)
        .setInteractive({ useHandCursor: true });
      const text = scene.add
        .text(r.x, y, label(newToken(op)), textStyle(16, u, { fontStyle: 'bold' }))
        .setOrigin(0.5);
      r.on('pointerdown', () => {
        tool = i;
        insert(op);
      });
      return { r, text };
    });
    const playButton = scene.add
      .rectangle(
        area.x + 8 + paletteW / 2,
        listTop + 40 * u + TOKEN_OPS.length * 50 * u + 10 * u,
        paletteW,
        42 * u,
        p.accent,
      )
      .setRounded(12)
      .setInteractive({ useHandCursor: true });
    playButton.on('pointerdown', play);
    const playText = scene.add
      .text(
        playButton.x,
        playButton.y,
        `▶ ${t('tasks.lightShow.view.play')}`,
        textStyle(16, u, { fontStyle: 'bold' }),
      )
      .setOrigin(0.5);
    const paletteTitle = scene.add.text(
      area.x + 8,
      listTop,
      t('tasks.lightShow.view.palette'),
      textStyle(16, u, { fontStyle: 'bold' }),
    );
    const listX = area.x + 8 + paletteW + 30 * u;
    const programTitle = scene.add.text(listX, listTop, '', textStyle(16, u, { fontStyle: 'bold' }));
    const lineH = Math.max(
      20 * u,
      Math.min(34 * u, (keys.y - keys.height - listTop - 40 * u) / Math.max(8, tokens.length)),
    );
    showBeat = (beat: number) => {
      const beats = runLightProgram(program(), n).beats;
      const colour = beats[beat];
      lamp.setFillStyle(colour ? LAMP[colour] : LAMP.off);
      beatMark.clear();
      if (beat < n)
        beatMark
          .lineStyle(3, p.focus)
          .strokeRect(stripX + beat * cell, stripY - 3, cell - 2, 2 * cell + 18 * u);
      if (beat >= Math.max(n, beats.length)) stop();
    };
    redraw = () => {
      const beats = runLightProgram(program(), n).beats;
      strips.clear();
      v.target.forEach((c, i) => {
        strips.fillStyle(LAMP[c]).fillRoundedRect(stripX + i * cell, stripY, cell - 4, cell - 4, 4);
      });
      const yoursY = stripY + cell + 12 * u;
      for (let i = 0; i < Math.max(n, beats.length) && i <= n; i++) {
        const c = beats[i];
        const x = stripX + i * cell;
        if (c) strips.fillStyle(LAMP[c]).fillRoundedRect(x, yoursY, cell - 4, cell - 4, 4);
        else strips.lineStyle(2, 0x6d6390).strokeRoundedRect(x, yoursY, cell - 4, cell - 4, 4);
        if (i >= n) strips.lineStyle(3, p.bad).lineBetween(x, yoursY, x + cell - 4, yoursY + cell - 4);
      }
      toolButtons.forEach((b, i) => {
        b.r.setStrokeStyle(i === tool ? 5 : 2, i === tool ? p.focus : p.panelEdge);
      });
      programTitle.setText(t('tasks.lightShow.view.program', { blocks: blockCount(program()) }));
      for (const o of lineObjects) o.destroy();
      lineObjects = [];
      const depths = tokenDepths(tokens);
      tokens.forEach((token, i) => {
        const y = listTop + 30 * u + i * lineH;
        const x = listX + (depths[i] ?? 0) * 30 * u;
        const bg = scene.add
          .rectangle(
            x,
            y,
            Math.max(160 * u, area.right - x - 20 * u),
            lineH - 4,
            i === selected ? p.buttonHover : p.panel,
          )
          .setOrigin(0, 0)
          .setRounded(8)
          .setStrokeStyle(i === selected ? 4 : 1, i === selected ? p.focus : p.panelEdge)
          .setInteractive({ useHandCursor: true });
        bg.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
          selected = i;
          const right = bg.x + bg.width;
          if (pointer.x > right - 40 * u) remove();
          else if (pointer.x > right - 80 * u) step(1);
          else if (pointer.x > right - 120 * u) step(-1);
          else redraw();
        });
        const text = scene.add
          .text(x + 10 * u, y + (lineH - 4) / 2, label(token), textStyle(15, u))
          .setOrigin(0, 0.5);
        const tools = scene.add
          .text(
            bg.x + bg.width - 10 * u,
            y + (lineH - 4) / 2,
            token.op === 'end' ? '✕' : '◀   ▶   ✕',
            textStyle(15, u),
          )
          .setOrigin(1, 0.5);
        lineObjects.push(bg, text, tools);
      });
    };
    objects = [
      instruction,
      keys,
      strips,
      ...texts,
      lamp,
      beatMark,
      ...toolButtons.flatMap((b) => [b.r, b.text]),
      playButton,
      playText,
      paletteTitle,
      programTitle,
    ];
    redraw();
  };
  layout(context.area);

  return {
    answer,
    handleKey(event) {
      if (event.key === 'Tab') {
        tool = (tool + (event.shiftKey ? TOKEN_OPS.length - 1 : 1)) % TOKEN_OPS.length;
        redraw();
        return true;
      }
      if (event.key === ' ') {
        insert(TOKEN_OPS[tool] ?? 'colour');
        return true;
      }
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        selected = Math.max(-1, Math.min(tokens.length - 1, selected + (event.key === 'ArrowUp' ? -1 : 1)));
        redraw();
        return true;
      }
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        step(event.key === 'ArrowRight' ? 1 : -1);
        return true;
      }
      if (event.key === 'Delete' || event.key === 'Backspace') {
        remove();
        return true;
      }
      if (event.key === 'p' || event.key === 'P') {
        play();
        return true;
      }
      return false;
    },
    resize: layout,
    destroy() {
      stop();
      for (const o of [...objects, ...lineObjects]) o.destroy();
      objects = [];
      lineObjects = [];
    },
  };
}
