// Turns a finished Graphics drawing into a static image: Phaser redraws a Graphics object's
// shapes every frame, which software-rendered WebGL (school laptops) cannot afford for
// detailed backdrops and maps. The texture is replaced on every rebuild.
import type Phaser from 'phaser';

export function bake(
  scene: Phaser.Scene,
  g: Phaser.GameObjects.Graphics,
  name: string,
): Phaser.GameObjects.Image {
  const key = `baked-${scene.scene.key}-${name}`;
  if (scene.textures.exists(key)) scene.textures.remove(key);
  const { width, height } = scene.scale;
  g.generateTexture(key, Math.ceil(width), Math.ceil(height));
  g.destroy();
  // Behind everything drawn after it (labels, stations), as the Graphics was.
  return scene.add.image(0, 0, key).setOrigin(0).setDepth(-1);
}
