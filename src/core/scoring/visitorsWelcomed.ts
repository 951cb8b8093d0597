// How many (virtual) visitors a played level welcomes: the promo leaderboard adds these up over
// a whole event. Pure: the level's crowd, the points and the happiness meter decide it.
import type { Level } from '../levels/LevelSchema';
import type { LevelScore } from './scoreLevel';

/**
 * Visitors per m² of the whole site: about 2 per m² stand in front of the stage (UK planning
 * guidance; Flemish zones allow at most 2.5) and that audience area is about a quarter of a site.
 */
export const VISITORS_PER_SITE_M2 = 0.5;
/** Share of the crowd that still comes to a festival whose visitors are not happy at all. */
const UNHAPPY_SHARE = 0.5;

/** The crowd a level's site holds: its area in m² times VISITORS_PER_SITE_M2, rounded. */
export function levelCrowd(level: Pick<Level, 'map'>): number {
  return Math.round(level.map.widthM * level.map.heightM * VISITORS_PER_SITE_M2);
}

/**
 * Visitors welcomed = crowd × (points ÷ max points) × (½ + ½ × happiness meter), rounded.
 * Nothing earned welcomes nobody; every point right and fully happy visitors fill the site.
 */
export function visitorsWelcomed(
  level: Pick<Level, 'map'>,
  score: Pick<LevelScore, 'points' | 'maxPoints' | 'meters'>,
): number {
  if (score.maxPoints <= 0 || score.points <= 0) return 0;
  const share = Math.min(1, score.points / score.maxPoints);
  const happiness = Math.min(1, Math.max(0, score.meters.happiness));
  return Math.round(levelCrowd(level) * share * (UNHAPPY_SHARE + (1 - UNHAPPY_SHARE) * happiness));
}
