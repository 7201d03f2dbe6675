import pg from 'pg';
import { SUBGRAPHS } from '@plie-hub/hub';
import { schemaNameOf } from '@plie-hub/storage';

/** Drops every subgraph schema of a server database, so a test run starts from migrations on an empty database. */
export async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const subgraph of SUBGRAPHS) await client.query(`DROP SCHEMA IF EXISTS "${schemaNameOf(subgraph.name)}" CASCADE`);
  } finally {
    await client.end();
  }
}
