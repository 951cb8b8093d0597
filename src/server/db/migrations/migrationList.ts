// Every migration, in order. Listed here (not found on disk) so a bundled server still has them.
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './001_initial';
import * as textOrder from './002_text_order';
import * as promoEvents from './003_promo_events';
import * as attemptCellIndex from './004_attempt_cell_index';
import * as attemptQuality from './005_attempt_quality';
import * as attemptGridIndex from './006_attempt_grid_index';

const migrations: Record<string, Migration> = {
  '001_initial': initial,
  '002_text_order': textOrder,
  '003_promo_events': promoEvents,
  '004_attempt_cell_index': attemptCellIndex,
  '005_attempt_quality': attemptQuality,
  '006_attempt_grid_index': attemptGridIndex,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
