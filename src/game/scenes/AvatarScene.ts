// Avatar creator: skin tone, hair style and colour, shirt and trousers colours, one accessory,
// and a festival nickname (generated, or typed and checked by the rude-word filter).
import {
  ACCESSORIES,
  type Avatar,
  DEFAULT_AVATAR,
  HAIR_COLOURS,
  HAIR_STYLES,
  OUTFIT_COLOURS,
  SKIN_TONES,
} from '../../core/progress/Avatar';
import { generateNickname, NICKNAME_MAX, nicknameProblem } from '../../core/progress/nicknames';
import { createRng } from '../../core/random/Rng';
import { t } from '../../i18n/i18n';
import { AvatarFigure } from '../avatar/AvatarFigure';
import { colourAt, HAIR, OUTFIT, SKIN } from '../avatar/avatarPalettes';
import { currentProfile, saveAvatar, setResume } from '../state/ProgressStore';
import { drawBackdrop } from '../ui/drawBackdrop';
import { openFormDialog } from '../ui/HtmlOverlay';
import { palette, textStyle } from '../ui/theme';
import { FestivalScene } from './FestivalScene';

interface AvatarData {
  draft?: Avatar;
  nickname?: string;
}

type Part = { id: keyof Avatar; count: number; colours?: readonly number[]; names?: readonly string[] };
const PARTS: Part[] = [
  { id: 'skin', count: SKIN_TONES, colours: SKIN },
  { id: 'hairStyle', count: HAIR_STYLES.length, names: HAIR_STYLES },
  { id: 'hairColour', count: HAIR_COLOURS, colours: HAIR },
  { id: 'top', count: OUTFIT_COLOURS, colours: OUTFIT },
  { id: 'bottom', count: OUTFIT_COLOURS, colours: OUTFIT },
  { id: 'accessory', count: ACCESSORIES.length, names: ACCESSORIES },
];

const seedFromClock = (scene: Phaser.Scene) => Math.floor(scene.time.now * 1000) ^ 0x5eed;

export class AvatarScene extends FestivalScene<AvatarData> {
  constructor() {
    super('Avatar');
  }

  private get draft(): Avatar {
    this.sceneData.draft ??= { ...(currentProfile()?.avatar ?? DEFAULT_AVATAR) };
    return this.sceneData.draft;
  }

  private get nickname(): string {
    this.sceneData.nickname ??=
      currentProfile()?.nickname ?? generateNickname(createRng(seedFromClock(this)));
    return this.sceneData.nickname;
  }

  private indexOf(part: Part): number {
    const value = this.draft[part.id];
    return typeof value === 'number' ? value : (part.names?.indexOf(value) ?? 0);
  }

  private change(part: Part, delta: number): void {
    const i = (this.indexOf(part) + delta + part.count) % part.count;
    const draft = this.draft as Record<keyof Avatar, unknown>;
    draft[part.id] = part.names ? part.names[i] : i;
    this.rebuild();
  }

  protected build(): void {
    const { width: w, height: h } = this.scale;
    const u = this.ui;
    const p = palette();
    drawBackdrop(this);
    this.add
      .text(w / 2, 76 * u, t('game.avatar.title'), textStyle(40, u, { fontStyle: 'bold' }))
      .setOrigin(0.5);
    const left = w * 0.27;
    this.add
      .graphics()
      .fillStyle(p.panel, 0.85)
      .fillRoundedRect(left - w * 0.17, h * 0.16, w * 0.34, h * 0.66, 24);
    new AvatarFigure(this, left, h * 0.7, h * 0.46, this.draft);
    this.add
      .text(left, h * 0.75, this.nickname, textStyle(30, u, { fontStyle: 'bold', color: '#ffd23f' }))
      .setOrigin(0.5, 0);

    const rowH = Math.min(62 * u, (h * 0.62) / (PARTS.length + 1));
    const x0 = w * 0.52;
    const arrowW = 54 * u;
    PARTS.forEach((part, row) => {
      const y = h * 0.2 + row * rowH;
      this.add.text(x0, y, t(`game.avatar.part.${part.id}`), textStyle(22, u)).setOrigin(0, 0.5);
      const xMid = x0 + w * 0.28;
      this.button({
        id: `${part.id}-prev`,
        x: xMid - 90 * u,
        y,
        width: arrowW,
        height: rowH * 0.8,
        label: '◀',
        onPress: () => this.change(part, -1),
      });
      this.button({
        id: `${part.id}-next`,
        x: xMid + 90 * u,
        y,
        width: arrowW,
        height: rowH * 0.8,
        label: '▶',
        onPress: () => this.change(part, 1),
      });
      const i = this.indexOf(part);
      if (part.colours) {
        this.add
          .rectangle(xMid, y, 80 * u, rowH * 0.6, colourAt(part.colours, i))
          .setRounded(10)
          .setStrokeStyle(2, 0xffffff);
      } else {
        this.add
          .text(xMid, y, t(`game.avatar.${part.id}.${part.names?.[i]}`), textStyle(18, u))
          .setOrigin(0.5);
      }
    });
    const nameY = h * 0.2 + PARTS.length * rowH + 10 * u;
    this.add.text(x0, nameY, t('game.avatar.nickname'), textStyle(22, u)).setOrigin(0, 0.5);
    const bw = 150 * u;
    this.button({
      id: 'generate-name',
      x: x0 + w * 0.28 - 80 * u,
      y: nameY,
      width: bw,
      height: rowH * 0.8,
      label: `⚄ ${t('game.avatar.generate')}`,
      fontPx: 18,
      onPress: () => {
        this.sceneData.nickname = generateNickname(createRng(seedFromClock(this)));
        this.rebuild();
      },
    });
    this.button({
      id: 'type-name',
      x: x0 + w * 0.28 + 80 * u,
      y: nameY,
      width: bw,
      height: rowH * 0.8,
      label: `✎ ${t('game.avatar.typeName')}`,
      fontPx: 18,
      onPress: () => this.typeName(),
    });
    const done = this.button({
      id: 'avatar-done',
      x: w * 0.7,
      y: h - 60 * u,
      width: 300 * u,
      height: 58 * u,
      label: t('game.avatar.ready'),
      primary: true,
      onPress: () => {
        saveAvatar(this.nickname, this.draft);
        setResume({ scene: 'LevelChoice' });
        this.go('LevelChoice');
      },
    });
    this.button({
      id: 'back',
      x: w * 0.27,
      y: h - 60 * u,
      width: 200 * u,
      height: 58 * u,
      label: t('game.common.back'),
      onPress: () => this.go('Title'),
    });
    this.focus.focusId(done.id);
  }

  private typeName(): void {
    openFormDialog({
      kind: 'nickname',
      title: t('game.avatar.nickname'),
      intro: t('game.avatar.nicknameIntro'),
      label: t('game.avatar.nickname'),
      value: this.nickname,
      maxLength: NICKNAME_MAX,
      submitLabel: t('game.common.ok'),
      onSubmit: (value) => {
        const problem = nicknameProblem(value);
        if (problem) return t(`game.avatar.problem.${problem}`);
        this.sceneData.nickname = value.trim();
        this.rebuild();
        return null;
      },
    });
  }
}
