// A drawing that changes only now and then (a crowd, a map), kept as a texture on one image:
// a live Graphics object is redrawn every frame, which software-rendered WebGL cannot afford.
// Each redraw bakes a fresh texture and frees the previous one; the image keeps its place in
// the display list, and destroying the image frees its texture.
import type Phaser from 'phaser';

let layers = 0;

export class BakedLayer {
  readonly image: Phaser.GameObjects.Image;
  private readonly base = `baked-layer-${++layers}`;
  private version = 0;

  /** A layer covering `width` x `height` pixels with its top-left corner at (x, y). */
  constructor(
    private readonly scene: Phaser.Scene,
    x: number,
    y: number,
    private readonly width: number,
    private readonly height: number,
  ) {
    this.image = scene.add.image(x, y, '__DEFAULT').setOrigin(0);
    this.image.once('destroy', () => this.free(`${this.base}-${this.version}`));
    this.draw(() => {});
  }

  /** Draws with coordinates relative to the layer's top-left corner. */
  draw(paint: (g: Phaser.GameObjects.Graphics) => void): void {
    const g = this.scene.make.graphics({}, false);
    paint(g);
    const old = this.version > 0 ? `${this.base}-${this.version}` : null;
    const key = `${this.base}-${++this.version}`;
    g.generateTexture(key, Math.max(1, Math.ceil(this.width)), Math.max(1, Math.ceil(this.height)));
    g.destroy();
    this.image.setTexture(key);
    if (old) this.free(old);
  }

  private free(key: string): void {
    if (this.scene.textures.exists(key)) this.scene.textures.remove(key);
  }
}
