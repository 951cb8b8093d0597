// In kiosk mode this stands in for the screens a visitor must never reach (title, level choice,
// avatar): anything sent there goes on to the play in progress, or to the attract screen.
import Phaser from 'phaser';
import { kioskPlay } from '../kiosk/kiosk';

export class KioskGateScene extends Phaser.Scene {
  create(): void {
    const play = kioskPlay();
    if (play) this.scene.start('Site', { levelId: play.level.id });
    else this.scene.start('KioskAttract');
  }
}
