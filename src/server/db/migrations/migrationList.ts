// Every migration, in order. Listed here (not found on disk) so a bundled server still has them.
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './001_initial';

const migrations: Record<string, Migration> = {
  '001_initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
