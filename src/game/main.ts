// Entry point of the game page: starts Phaser with the game's scenes.
import Phaser from 'phaser';

class TitleScene extends Phaser.Scene {
  constructor() {
    super('Title');
  }
  create(): void {
    this.add
      .text(this.scale.width / 2, this.scale.height / 2, 'Festivalmakers', { fontSize: '48px' })
      .setOrigin(0.5);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#1d1140',
  scale: { mode: Phaser.Scale.RESIZE, width: 1024, height: 768 },
  scene: [TitleScene],
});
