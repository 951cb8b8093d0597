// Entry point of the game page: translations, saved progress and settings first, then the
// HTML toolbar, sound that waits for the first gesture, Phaser with every scene, and the test hook.
// `/?kiosk=<event token>` runs the promo kiosk instead (src/game/kiosk, docs/promo.md).
import Phaser from 'phaser';
import { initI18n } from '../i18n/i18n';
import { unlockSoundOnFirstGesture } from './audio/SoundBoard';
import { startKiosk } from './kiosk/kiosk';
import { kioskToken } from './kiosk/kioskMode';
import { kioskScenes } from './kiosk/kioskScenes';
import { startClassSession } from './net/classSession';
import { registerServiceWorker } from './pwa/registerServiceWorker';
import { installUpdateNotice } from './pwa/UpdateNotice';
import { AvatarScene } from './scenes/AvatarScene';
import { BootScene } from './scenes/BootScene';
import { FestivalDayScene } from './scenes/FestivalDayScene';
import { LevelChoiceScene } from './scenes/LevelChoiceScene';
import { PreloaderScene } from './scenes/PreloaderScene';
import { ResultsScene } from './scenes/ResultsScene';
import { SiteScene } from './scenes/SiteScene';
import { TaskScene } from './scenes/TaskScene';
import { TitleScene } from './scenes/TitleScene';
import { initProgress } from './state/ProgressStore';
import { installTestHook } from './testing/testHook';
import { installToolbar } from './ui/HtmlOverlay';

initI18n();
initProgress();
installToolbar();
startClassSession();
unlockSoundOnFirstGesture();
registerServiceWorker();
const kiosk = kioskToken();
// A kiosk takes a new version between two visitors instead (resetKiosk).
if (!kiosk) installUpdateNotice();

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#1d1140',
  // See-through where a screen draws nothing: the menu backdrops are a canvas element behind this one.
  transparent: true,
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  input: { activePointers: 2 },
  // Sound goes through howler (audio/SoundBoard.ts): Phaser's own audio context is not needed.
  audio: { noAudio: true },
  scene: kiosk
    ? kioskScenes()
    : [
        BootScene,
        PreloaderScene,
        TitleScene,
        AvatarScene,
        LevelChoiceScene,
        SiteScene,
        TaskScene,
        FestivalDayScene,
        ResultsScene,
      ],
});

if (kiosk) startKiosk(game, kiosk);
installTestHook(game);
