import pg from 'pg';

/**
 * Loads a year of insertion hours for `contracts` clause contracts of one PLIE straight into the clauses database
 * (a data generator, not an API path): eligible people, contracts spread over the PLIE's lots, 12 monthly rows each.
 */
export async function loadClauseHours(databaseUrl: string, plieCode: string, contracts: number): Promise<{ marcheId: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SET search_path TO clauses');
    const lots: Array<{ id: string; marche_id: string }> = (await client.query('SELECT l.id, l.marche_id FROM lot l JOIN marche m ON m.id = l.marche_id WHERE m.plie_code = $1 ORDER BY l.id', [plieCode])).rows;
    const [employer] = (await client.query('SELECT id FROM entreprise LIMIT 1')).rows;
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO personne_eligible (id, plie_code, nom, prenoms, sexe, date_naissance, qpv, critere, justificatif, eligible_du, eligible_au)
         SELECT md5('bench-person-' || n)::uuid, $1::text, 'BENCH' || n, 'Prénom', CASE WHEN n % 2 = 0 THEN 'FEMME' ELSE 'HOMME' END,
                date '1970-01-01' + (n % 12000), n % 3 = 0, 'DELD', 'Attestation', date '2025-01-01', date '2026-12-31'
           FROM generate_series(1, $2::int) AS n`,
      [plieCode, contracts],
    );
    await client.query(
      `INSERT INTO contrat_clause (id, reference, personne_id, lot_id, employeur_id, modalite, type_contrat, debut, fin, heures_hebdo)
         SELECT md5('bench-contract-' || n)::uuid, 'BENCH-' || n, md5('bench-person-' || n)::uuid, ($2::uuid[])[1 + n % array_length($2::uuid[], 1)],
                $3::uuid, 'EMBAUCHE_DIRECTE', 'CDD', date '2025-01-01', date '2025-12-31', 35
           FROM generate_series(1, $1::int) AS n`,
      [contracts, lots.map((l) => l.id), employer.id],
    );
    await client.query(
      `INSERT INTO heures_insertion (contrat_id, mois, heures_travail, heures_formation, source, saisi_par)
         SELECT md5('bench-contract-' || n)::uuid, (date '2025-01-01' + make_interval(months => m))::date, 100 + (n + m) % 50, (n + m) % 8, 'IMPORT', 'bench'
           FROM generate_series(1, $1::int) AS n, generate_series(0, 11) AS m`,
      [contracts],
    );
    await client.query('COMMIT');
    await client.query('VACUUM (ANALYZE)');
    return { marcheId: lots[0]!.marche_id };
  } finally {
    await client.end();
  }
}
