import type { Caller } from '@plie-hub/auth';
import { demoPerson, stableUuid } from '@plie-hub/demo';
import { DEMO_IDENTITIES } from '@plie-hub/hub';
import { gateway, tokenFor, unique } from './client';
import { ficheInput, PARTNERS, today } from './fiches';
import type { ArgumentValues } from './personal-fields';

/** The coordination works for NIORT too: the Niort demo holds the commission's decisions and finished parcours. */
export const COORDINATION: Caller = { ...DEMO_IDENTITIES.coordination!, plies: ['BORDEAUX', 'NIORT'] };

export type Representation = Record<string, unknown>;

export interface PersonalRecords {
  /** Key fields (and the fields other subgraphs require) of real records, by entity type. */
  representations: Record<string, Representation[]>;
  /** Values of the required arguments on the ways to them. */
  values: ArgumentValues;
}

async function read<T>(who: Caller | keyof typeof DEMO_IDENTITIES, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await gateway<T>(await tokenFor(who), query, variables);
  if (response.errors?.length) throw new Error(`${query.slice(0, 80)}…: ${JSON.stringify(response.errors[0])}`);
  return response.data!;
}

type Node = { participant: { id: string; plieCode: string; nomNaissance?: string; prenoms?: string; dateNaissance?: string; heuresClauses?: { missions: unknown[] } | null } };

/**
 * What the demo lacks, made for the test: a fiche of each partner with a complement, and one of them followed to a
 * parcours of the demo référent, put in veille, then ended, whose participant's identity is corrected. Fresh
 * records, so that no other test's demo data changes.
 */
async function ownRecords(): Promise<{ fiches: Array<{ suffix: string; id: string; structureId: string }>; participant: Representation; personne: Representation }> {
  const nom = `ACCES${unique()}`;
  const fiches = [];
  for (const partner of PARTNERS) {
    const created = await read<{ f: { id: string; version: number; structureId: string } }>(partner.who, `mutation ($i: CreerPrescription${partner.suffix}Input!) { f: creerPrescription${partner.suffix}(input: $i) { id version structureId } }`, {
      i: ficheInput(partner, nom),
    });
    await read(partner.who, `mutation ($id: ID!, $v: Int!) { transmettrePrescription${partner.suffix}(id: $id, version: $v) { id } }`, { id: created.f.id, v: created.f.version });
    await read(partner.who, `mutation ($id: ID!) { completerPrescription${partner.suffix}(id: $id, texte: "Disponible le matin.") { id } }`, { id: created.f.id });
    fiches.push({ suffix: partner.suffix, id: created.f.id, structureId: created.f.structureId });
  }
  const [{ c }, { fileActive }, { f }] = await Promise.all([
    read<{ c: { id: string } }>(COORDINATION, 'mutation ($i: CreerCommissionInput!) { c: creerCommission(input: $i) { id } }', { i: { plieCode: 'BORDEAUX', date: today, type: 'INTEGRATION' } }),
    // The demo référent accompanies the new parcours, so that its records are in the référent's scope too.
    read<{ fileActive: { nodes: Array<{ referent: { id: string } }> } }>('referent', '{ fileActive(first: 1) { nodes { referent { id } } } }'),
    read<{ f: { cleRapprochement: string; personne: { prenoms: string; dateNaissance: string } } }>(COORDINATION, 'query ($id: ID!) { f: prescriptionFranceTravail(id: $id) { cleRapprochement personne { prenoms dateNaissance } } }', { id: fiches[0]!.id }),
  ]);
  const { d } = await read<{ d: { parcoursId: string } }>(COORDINATION, 'mutation ($i: DeciderPrescriptionInput!) { d: deciderPrescription(input: $i) { parcoursId } }', {
    i: {
      commissionId: c.id, partenaire: 'FRANCE_TRAVAIL', prescriptionId: fiches[0]!.id, statut: 'ADMIS',
      admission: {
        referentId: fileActive.nodes[0]!.referent.id,
        personne: { nomNaissance: nom, prenoms: f.personne.prenoms, sexe: 'FEMME', dateNaissance: f.personne.dateNaissance, communeInsee: '33063', cleRapprochement: f.cleRapprochement },
        situationEntree: { statutEmploi: 'CHOMEUR', trancheCite: 'CITE_3_4', nationalite: 'FRANCAISE', qpv: false },
      },
    },
  });
  const { p } = await read<{ p: { version: number; participant: { id: string } } }>(COORDINATION, 'query ($id: ID!) { p: parcours(id: $id) { version participant { id } } }', { id: d.parcoursId });
  const { veille } = await read<{ veille: { version: number } }>(COORDINATION, 'mutation ($id: ID!, $v: Int!, $d: String!) { veille: mettreEnVeille(parcoursId: $id, version: $v, motif: "Soins", debut: $d) { version } }', {
    id: d.parcoursId, v: p.version, d: today,
  });
  await read(COORDINATION, 'mutation ($id: ID!, $v: Int!, $i: SortieInput!) { enregistrerSortie(parcoursId: $id, version: $v, input: $i) { id } }', {
    id: d.parcoursId, v: veille.version, i: { date: today, situation: { type: 'SANS_EMPLOI_NI_FORMATION', motif: 'DEMENAGEMENT' } },
  });
  const { participant } = await read<{ participant: { version: number } }>(COORDINATION, 'query ($id: ID!) { participant(id: $id) { version } }', { id: p.participant.id });
  await read(COORDINATION, 'mutation ($id: ID!, $v: Int!) { rectifierParticipant(id: $id, version: $v, input: { nomUsage: "Martin", motif: "Demande de la personne" }) { id } }', {
    id: p.participant.id, v: participant.version,
  });
  return { fiches, participant: { id: p.participant.id, plieCode: 'BORDEAUX' }, personne: { cleRapprochement: f.cleRapprochement } };
}

/** Real records, read through the gateway by roles that may read them, to reach each personal type with `_entities`. */
export async function personalRecords(): Promise<PersonalRecords> {
  const own = await ownRecords();
  const files = await read<Record<'actifs' | 'sortis', { nodes: Node[] }>>(
    COORDINATION,
    `{ actifs: fileActive(first: 60) { nodes { participant { id plieCode heuresClauses { missions { marche } } } } }
       sortis: fileActive(first: 2, filtre: { statut: SORTI, plieCode: "NIORT" }) { nodes { participant { id plieCode } } } }`,
  );
  const referent = await read<{ fileActive: { nodes: Node[] } }>('referent', '{ fileActive(first: 2) { nodes { participant { id plieCode nomNaissance prenoms dateNaissance } } } }');
  const withMissions = files.actifs.nodes.filter((n) => n.participant.heuresClauses?.missions.length).slice(0, 2);
  const participants = [...referent.fileActive.nodes, ...withMissions, ...files.sortis.nodes].map(({ participant: { id, plieCode } }) => ({ id, plieCode }));
  const representations: Record<string, Representation[]> = { Participant: [own.participant, ...participants], Personne: [own.personne] };

  for (const partner of PARTNERS) {
    const list = await read<{ l: { nodes: Array<{ id: string; structureId: string; plieCode: string; cleRapprochement: string }> } }>(
      COORDINATION,
      `{ l: prescriptions${partner.suffix}(first: 3) { nodes { id structureId plieCode cleRapprochement } } }`,
    );
    const mine = own.fiches.find((f) => f.suffix === partner.suffix)!;
    // The Niort demo's decisions are on prescriptions keyed this way (their fiches predate the hub).
    const niort = Array.from({ length: 6 }, (_, i) => ({ id: stableUuid(`niort:prescription:2018:${partner.organisation}:${i}`), structureId: `${partner.organisation.toLowerCase()}-niort`, plieCode: 'NIORT' }));
    representations[`Prescription${partner.suffix}`] = [{ id: mine.id, structureId: mine.structureId, plieCode: 'BORDEAUX' }, ...list.l.nodes.map(({ id, structureId, plieCode }) => ({ id, structureId, plieCode })), ...niort];
    representations.Personne!.push(...list.l.nodes.slice(0, 1).map((f) => ({ cleRapprochement: f.cleRapprochement })));
  }
  // The DPO finds a person by the identity they give: a participant, and someone the clause facilitator checked.
  const outside = demoPerson('clause-hors-plie:10');
  const { nomNaissance, prenoms, dateNaissance } = referent.fileActive.nodes[0]!.participant as Required<Node['participant']>;
  for (const i of [{ nomNaissance, prenoms, dateNaissance }, { nomNaissance: outside.nom, prenoms: outside.prenom, dateNaissance: outside.dateNaissance }]) {
    const found = await read<{ droitAcces: { cleRapprochement: string } }>('dpo', 'query ($i: IdentitePersonneInput!) { droitAcces(identite: $i) { cleRapprochement } }', { i });
    representations.Personne!.push({ cleRapprochement: found.droitAcces.cleRapprochement });
  }

  const { operations } = await read<{ operations: { nodes: Array<{ id: string; plieCode: string; debut: string; fin: string; plans: Array<{ annee: number }> }> } }>(
    'gestionnaire-fse',
    '{ operations(first: 10) { nodes { id plieCode debut fin plans { annee } } } }',
  );
  representations.Operation = operations.nodes.slice(0, 3).map(({ id, plieCode, debut, fin }) => ({ id, plieCode, debut, fin }));
  // An export, so that the financements audit trail holds an event for the DPO to read.
  const planned = operations.nodes.find((o) => o.plans.length)!;
  await read('gestionnaire-fse', 'mutation ($o: ID!, $a: Int!) { exporterPlanFinancement(operationId: $o, annee: $a, format: CSV) { nom } }', { o: planned.id, a: planned.plans[0]!.annee });

  const { marches } = await read<{ marches: { nodes: Array<{ id: string; bilan: { lots: Array<{ contrats: number }> } }> } }>(
    'facilitateur',
    '{ marches(first: 100, filtre: { plieCode: "BORDEAUX" }) { nodes { id bilan { lots { contrats } } } } }',
  );
  const marche = marches.nodes.find((m) => m.bilan.lots.some((l) => l.contrats > 0))!;
  return {
    representations,
    values: { plieCode: 'BORDEAUX', marcheId: marche.id, prescriptionId: stableUuid('niort:prescription:2018:FRANCE_TRAVAIL:0'), partenaire: 'FRANCE_TRAVAIL' },
  };
}
