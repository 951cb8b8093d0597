// Makes the small textures the game draws in code (confetti, visitors, notes, stars) once,
// then turns the HTML splash title into the corner brand and opens the title screen.
import Phaser from 'phaser';

export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  create(): void {
    const g = this.make.graphics({}, false);
    g.fillStyle(0xffffff).fillRect(0, 0, 8, 5);
    g.generateTexture('confetti', 8, 5);
    g.clear().fillStyle(0xffffff).fillCircle(6, 6, 6);
    g.generateTexture('dot', 12, 12);
    g.clear()
      .fillStyle(0xffffff)
      .fillCircle(5, 17, 5)
      .fillRect(8, 0, 3, 17)
      .fillTriangle(11, 0, 18, 5, 11, 8);
    g.generateTexture('note', 20, 22);
    g.destroy();
    document.getElementById('splash')?.classList.add('running');
    this.scene.start('Title');
  }
}
