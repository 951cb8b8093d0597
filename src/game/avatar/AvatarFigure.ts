// The pupil's avatar drawn in code: a cheerful festival-goer seen from the front, with swinging
// legs while walking. Used on the avatar creator, the site, festival day and the results.
import Phaser from 'phaser';
import type { Avatar } from '../../core/progress/Avatar';
import { colourAt, HAIR, OUTFIT, SKIN } from './avatarPalettes';

/** Body sizes in units of one sixtieth of the figure's height. */
const U = 1 / 60;

export class AvatarFigure extends Phaser.GameObjects.Container {
  private readonly torso: Phaser.GameObjects.Graphics;
  private readonly legs: [Phaser.GameObjects.Graphics, Phaser.GameObjects.Graphics];
  private walkPhase = 0;
  private walking = false;

  /** `heightPx` is the figure's height; its feet stand on (x, y). */
  constructor(scene: Phaser.Scene, x: number, y: number, heightPx: number, avatar: Avatar) {
    super(scene, x, y);
    const u = heightPx * U;
    const makeLeg = (dx: number) => {
      const leg = scene.make.graphics({ x: dx * u, y: -22 * u }, false);
      leg.fillStyle(colourAt(OUTFIT, avatar.bottom)).fillRoundedRect(-3.5 * u, 0, 7 * u, 19 * u, 2 * u);
      leg.fillStyle(0x222222).fillRoundedRect(-4.5 * u, 17 * u, 9 * u, 5 * u, 2 * u);
      return leg;
    };
    this.legs = [makeLeg(-5), makeLeg(5)];
    this.torso = scene.make.graphics({ x: 0, y: 0 }, false);
    this.drawBody(this.torso, u, avatar);
    const shadow = scene.make.graphics({ x: 0, y: 0 }, false);
    shadow.fillStyle(0x000000, 0.25).fillEllipse(0, 0, 30 * u, 8 * u);
    this.add([shadow, ...this.legs, this.torso]);
    scene.add.existing(this);
  }

  private drawBody(g: Phaser.GameObjects.Graphics, u: number, a: Avatar): void {
    const skin = colourAt(SKIN, a.skin);
    const hair = colourAt(HAIR, a.hairColour);
    const top = colourAt(OUTFIT, a.top);
    // Arms, torso with a star on the shirt, neck.
    g.fillStyle(skin).fillRoundedRect(-17 * u, -40 * u, 6 * u, 17 * u, 3 * u);
    g.fillRoundedRect(11 * u, -40 * u, 6 * u, 17 * u, 3 * u);
    g.fillStyle(top).fillRoundedRect(-12 * u, -42 * u, 24 * u, 22 * u, 5 * u);
    g.fillRoundedRect(-17 * u, -42 * u, 8 * u, 9 * u, 3 * u).fillRoundedRect(
      9 * u,
      -42 * u,
      8 * u,
      9 * u,
      3 * u,
    );
    g.fillStyle(0xffffff, 0.55).fillCircle(0, -32 * u, 3.2 * u);
    g.fillStyle(skin).fillRect(-3 * u, -46 * u, 6 * u, 5 * u);
    // Hair behind the head, head, face.
    if (a.hairStyle === 'long') g.fillStyle(hair).fillRoundedRect(-12 * u, -58 * u, 24 * u, 22 * u, 6 * u);
    g.fillStyle(skin).fillCircle(0, -52 * u, 10 * u);
    g.fillStyle(0x1b1b1b)
      .fillCircle(-3.6 * u, -52 * u, 1.4 * u)
      .fillCircle(3.6 * u, -52 * u, 1.4 * u);
    g.lineStyle(1.4 * u, 0x7a2e2e).beginPath();
    g.arc(0, -49.5 * u, 3.6 * u, 0.2 * Math.PI, 0.8 * Math.PI).strokePath();
    g.fillStyle(hair);
    switch (a.hairStyle) {
      case 'short':
      case 'long':
        g.fillEllipse(0, -59 * u, 22 * u, 10 * u);
        break;
      case 'curly':
        for (const [dx, dy] of [
          [-8, -57],
          [-3, -61],
          [3, -61],
          [8, -57],
          [-10, -52],
          [10, -52],
        ] as const)
          g.fillCircle(dx * u, dy * u, 4.4 * u);
        break;
      case 'bun':
        g.fillEllipse(0, -59 * u, 22 * u, 9 * u).fillCircle(0, -65 * u, 5 * u);
        break;
      case 'mohawk':
        g.fillTriangle(-3 * u, -60 * u, 3 * u, -60 * u, 0, -70 * u).fillRect(-2.5 * u, -66 * u, 5 * u, 8 * u);
        break;
      case 'none':
        break;
    }
    this.drawAccessory(g, u, a);
  }

  private drawAccessory(g: Phaser.GameObjects.Graphics, u: number, a: Avatar): void {
    switch (a.accessory) {
      case 'cap':
        g.fillStyle(colourAt(OUTFIT, (a.top + 3) % OUTFIT.length)).fillEllipse(0, -60 * u, 22 * u, 9 * u);
        g.fillRoundedRect(-2 * u, -61 * u, 16 * u, 4 * u, 2 * u);
        break;
      case 'sunglasses':
        g.fillStyle(0x111111).fillRoundedRect(-8.5 * u, -54.5 * u, 7 * u, 5 * u, 2 * u);
        g.fillRoundedRect(1.5 * u, -54.5 * u, 7 * u, 5 * u, 2 * u).fillRect(
          -2 * u,
          -53.5 * u,
          4 * u,
          1.2 * u,
        );
        break;
      case 'headphones':
        g.lineStyle(2.4 * u, 0x222222).beginPath();
        g.arc(0, -52 * u, 11.5 * u, Math.PI, 2 * Math.PI).strokePath();
        g.fillStyle(0xff4fa3).fillRoundedRect(-13.5 * u, -56 * u, 5 * u, 9 * u, 2 * u);
        g.fillRoundedRect(8.5 * u, -56 * u, 5 * u, 9 * u, 2 * u);
        break;
      case 'flower':
        g.fillStyle(0xffd23f);
        for (let i = 0; i < 5; i++) {
          const angle = (i / 5) * Math.PI * 2;
          g.fillCircle(8 * u + Math.cos(angle) * 3 * u, -60 * u + Math.sin(angle) * 3 * u, 2.4 * u);
        }
        g.fillStyle(0xff4fa3).fillCircle(8 * u, -60 * u, 1.8 * u);
        break;
      case 'bandana':
        g.fillStyle(0xd92b2b).fillRoundedRect(-10.5 * u, -60 * u, 21 * u, 5 * u, 2 * u);
        g.fillTriangle(9 * u, -59 * u, 15 * u, -55 * u, 12 * u, -62 * u);
        break;
      case 'none':
        break;
    }
  }

  setWalking(walking: boolean, facingLeft?: boolean): void {
    this.walking = walking;
    if (facingLeft !== undefined) this.torso.setScale(facingLeft ? -1 : 1, 1);
  }

  /** Advances the walk cycle; call from the scene's update with the frame time. */
  tick(dtMs: number): void {
    if (this.walking) this.walkPhase += dtMs * 0.012;
    else this.walkPhase *= 0.8;
    const swing = Math.sin(this.walkPhase) * (this.walking ? 0.35 : 0);
    this.legs[0].setRotation(swing);
    this.legs[1].setRotation(-swing);
    this.torso.setY(this.walking ? -Math.abs(Math.sin(this.walkPhase)) * 2 : 0);
  }
}
