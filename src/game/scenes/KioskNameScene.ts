// The kiosk's nickname screen: a generated festival name to play under, another one at a tap,
// or the visitor's own typed on big on-screen letters and checked by the core's name filter.
import { generateNickname, NICKNAME_MAX, nicknameProblem } from '../../core/progress/nicknames';
import { createRng } from '../../core/random/Rng';
import { t } from '../../i18n/i18n';
import { beginPlay } from '../kiosk/kiosk';
import { drawBackdrop } from '../ui/drawBackdrop';
import { palette, textStyle } from '../ui/theme';
import { FestivalScene } from './FestivalScene';

interface NameData {
  nickname?: string;
  /** The name being typed; the keyboard shows while it is a string. */
  typing?: string;
  problem?: string;
}

const ROWS = ['ABCDEFGHIJ', 'KLMNOPQRST', 'UVWXYZ'];

const randomName = (): string =>
  generateNickname(createRng(crypto.getRandomValues(new Uint32Array(1))[0] ?? 0));

/** "dj LAURA" -> "Dj Laura": typed capitals look calmer on the leaderboard. */
export const tidyName = (typed: string): string =>
  typed
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/(^|\s)\S/g, (c) => c.toUpperCase());

export class KioskNameScene extends FestivalScene<NameData> {
  constructor() {
    super('KioskName');
  }

  protected build(): void {
    this.sceneData.nickname ??= randomName();
    drawBackdrop(this);
    if (this.sceneData.typing === undefined) this.buildChoice(this.sceneData.nickname);
    else this.buildKeyboard(this.sceneData.typing);
  }

  private buildChoice(nickname: string): void {
    const { width: w, height: h } = this.scale;
    const u = this.ui;
    this.add
      .text(w / 2, h * 0.14, t('kiosk.name.title'), textStyle(44, u, { fontStyle: 'bold' }))
      .setOrigin(0.5);
    this.add
      .text(
        w / 2,
        h * 0.32,
        nickname,
        textStyle(72, u, { fontStyle: 'bold', color: '#ffd23f', stroke: '#2a1858', strokeThickness: 8 }),
      )
      .setOrigin(0.5);
    this.add
      .text(w / 2, h * 0.44, t('kiosk.name.intro'), textStyle(24, u, { color: palette().textDim }))
      .setOrigin(0.5);
    const bw = Math.min(w * 0.6, 640 * u);
    const play = this.button({
      id: 'kiosk-play-as',
      x: w / 2,
      y: h * 0.58,
      width: bw,
      height: 96 * u,
      fontPx: 34,
      label: t('kiosk.name.playAs', { name: nickname }),
      primary: true,
      onPress: () => this.play(nickname),
    });
    const half = (bw - 20 * u) / 2;
    this.button({
      id: 'kiosk-another',
      x: w / 2 - half / 2 - 10 * u,
      y: h * 0.75,
      width: half,
      height: 80 * u,
      fontPx: 26,
      label: `↻ ${t('kiosk.name.another')}`,
      onPress: () => this.restartWith({ nickname: randomName() }),
    });
    this.button({
      id: 'kiosk-own',
      x: w / 2 + half / 2 + 10 * u,
      y: h * 0.75,
      width: half,
      height: 80 * u,
      fontPx: 26,
      label: `✎ ${t('kiosk.name.own')}`,
      onPress: () => this.restartWith({ nickname, typing: '' }),
    });
    this.focus.focusId(play.id);
  }

  private buildKeyboard(typing: string): void {
    const { width: w, height: h } = this.scale;
    const u = this.ui;
    this.add
      .text(w / 2, h * 0.08, t('kiosk.name.keyboardTitle'), textStyle(36, u, { fontStyle: 'bold' }))
      .setOrigin(0.5);
    const shown = typing === '' ? ' ' : tidyName(typing);
    this.add
      .text(
        w / 2,
        h * 0.2,
        `${shown}▏`,
        textStyle(56, u, {
          fontStyle: 'bold',
          color: '#ffd23f',
          backgroundColor: '#00000066',
          padding: { x: 24, y: 8 },
        }),
      )
      .setOrigin(0.5);
    if (this.sceneData.problem) {
      this.add
        .text(
          w / 2,
          h * 0.3,
          this.sceneData.problem,
          textStyle(24, u, { color: '#ffd23f', fontStyle: 'bold' }),
        )
        .setOrigin(0.5);
    }
    const keyW = Math.min((w * 0.92) / 10 - 8, 110 * u);
    const keyH = Math.min(h * 0.12, 86 * u);
    const type = (add: string) =>
      this.restartWith({ ...this.sceneData, typing: (typing + add).slice(0, NICKNAME_MAX), problem: '' });
    ROWS.forEach((row, r) => {
      [...row].forEach((letter, c) => {
        this.button({
          id: `key-${letter}`,
          x: w / 2 + (c - (row.length - 1) / 2) * (keyW + 8),
          y: h * 0.4 + r * (keyH + 10),
          width: keyW,
          height: keyH,
          fontPx: 34,
          label: letter,
          onPress: () => type(letter),
        });
      });
    });
    const y = h * 0.4 + 3 * (keyH + 10) + 10 * u;
    const bw = Math.min(w * 0.2, 240 * u);
    const specials: [string, string, () => void, boolean][] = [
      [
        'key-cancel',
        t('kiosk.name.cancel'),
        () => this.restartWith({ nickname: this.sceneData.nickname }),
        false,
      ],
      ['key-space', t('kiosk.name.space'), () => type(' '), false],
      [
        'key-erase',
        `⌫ ${t('kiosk.name.erase')}`,
        () => this.restartWith({ ...this.sceneData, typing: typing.slice(0, -1), problem: '' }),
        false,
      ],
      ['key-ok', t('kiosk.name.ok'), () => this.submit(typing), true],
    ];
    specials.forEach(([id, label, onPress, primary], i) => {
      this.button({
        id,
        x: w / 2 + (i - 1.5) * (bw + 14),
        y: y + keyH / 2,
        width: bw,
        height: keyH,
        fontPx: 26,
        label,
        onPress,
        primary,
      });
    });
  }

  private submit(typing: string): void {
    const name = tidyName(typing);
    const problem = nicknameProblem(name);
    if (problem) this.restartWith({ ...this.sceneData, problem: t(`kiosk.name.problem.${problem}`) });
    else this.play(name);
  }

  private restartWith(data: NameData): void {
    this.sceneData = data;
    this.rebuild();
  }

  private play(nickname: string): void {
    const play = beginPlay(nickname);
    if (play) this.go('Site', { levelId: play.level.id });
    else this.go('KioskAttract');
  }
}
