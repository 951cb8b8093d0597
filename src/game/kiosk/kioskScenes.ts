// The scenes of kiosk mode: the shared boot, task and festival-day screens; the attract, name,
// site and results screens of the kiosk; gates where the title, level choice and avatar were.
import type Phaser from 'phaser';
import { AttractScene } from '../scenes/AttractScene';
import { BootScene } from '../scenes/BootScene';
import { FestivalDayScene } from '../scenes/FestivalDayScene';
import { KioskGateScene } from '../scenes/KioskGateScene';
import { KioskNameScene } from '../scenes/KioskNameScene';
import { KioskResultsScene } from '../scenes/KioskResultsScene';
import { KioskSiteScene } from '../scenes/KioskSiteScene';
import { PreloaderScene } from '../scenes/PreloaderScene';
import { TaskScene } from '../scenes/TaskScene';

export function kioskScenes(): Phaser.Types.Scenes.SceneType[] {
  return [
    BootScene,
    PreloaderScene,
    new KioskGateScene('Title'),
    new KioskGateScene('LevelChoice'),
    new KioskGateScene('Avatar'),
    AttractScene,
    KioskNameScene,
    KioskSiteScene,
    TaskScene,
    FestivalDayScene,
    KioskResultsScene,
  ];
}
