// Shows a finished backdrop drawing in a canvas element behind the game's WebGL canvas, until the
// scene shuts down: drawn once per build, it costs WebGL nothing per frame, where a full-screen
// picture takes most of a frame on software-rendered WebGL (school laptops without a GPU).
import type Phaser from 'phaser';

const shownBy = new WeakSet<Phaser.Scene>();

function backdropCanvas(): HTMLCanvasElement {
  const found = document.getElementById('backdrop');
  if (found instanceof HTMLCanvasElement) return found;
  const canvas = document.createElement('canvas');
  canvas.id = 'backdrop';
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText = 'position: fixed; inset: 0; width: 100%; height: 100%;';
  document.getElementById('game')?.before(canvas);
  return canvas;
}

export function showHtmlBackdrop(scene: Phaser.Scene, g: Phaser.GameObjects.Graphics): void {
  const { width, height } = scene.scale;
  const canvas = backdropCanvas();
  canvas.width = Math.ceil(width);
  canvas.height = Math.ceil(height);
  g.generateTexture(canvas, canvas.width, canvas.height);
  g.destroy();
  canvas.hidden = false;
  scene.cameras.main.setBackgroundColor('rgba(0,0,0,0)');
  if (shownBy.has(scene)) return;
  shownBy.add(scene);
  scene.events.once('shutdown', () => {
    shownBy.delete(scene);
    canvas.hidden = true;
  });
}
