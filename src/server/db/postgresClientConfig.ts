// How every PostgreSQL connection of the server is made: the DATABASE_URL, the schema first on
// the search_path, and 64-bit integers (count(*)) read as numbers, as SQLite gives them.
import pg, { type ClientConfig } from 'pg';

const INT8_OID = 20;

const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Connection settings for `url`, with `schema` (already checked against SCHEMA_NAME) searched. */
export function postgresClientConfig(
  url: string,
  schema: string,
  applicationName = 'festivalmakers',
): ClientConfig {
  return {
    connectionString: url,
    options: `-c search_path=${schema}`,
    types: typeParsers,
    application_name: applicationName,
  };
}
