// The current pupil's score on a level, straight from the core scoring engine.
import type { Level } from '../../core/levels/LevelSchema';
import { type LevelScore, scoreLevel } from '../../core/scoring/scoreLevel';
import { levelSeed } from './ClassMembership';
import { currentProfile } from './ProgressStore';

export function levelScoreFor(level: Level): LevelScore {
  const attempts = currentProfile()?.levels[level.id]?.attempts ?? {};
  return scoreLevel(level, levelSeed(level.id), attempts);
}
