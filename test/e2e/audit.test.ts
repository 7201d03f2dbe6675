import { describe, expect, it } from 'vitest';
import { codeOf, gateway, tokenFor, unique } from '../support/client';
import { ficheInput, PARTNERS } from '../support/fiches';

interface Evenement {
  action: string;
  entite: string;
  entiteId: string | null;
  champs: string[];
  operation: string;
  sujet: string;
  organisationId: string;
  roles: string[];
  motif: string | null;
  sousGraphe: string;
}
const EVENT_FIELDS = 'action entite entiteId champs operation sujet organisationId roles motif sousGraphe';

async function journal(subgraph: string, entiteId: string): Promise<Evenement[]> {
  const response = await gateway<Record<string, Evenement[]>>(await tokenFor('dpo'), `query ($id: ID!) { j: journalAudit${subgraph}(entiteId: $id, premiers: 50) { ${EVENT_FIELDS} } }`, { id: entiteId });
  expect(response.errors).toBeUndefined();
  return response.data!.j!;
}

describe('audit trail', () => {
  it('records who read which fields of a participant, and why, without the values', async () => {
    const referent = await tokenFor('referent');
    const caseload = await gateway<{ fileActive: { nodes: Array<{ participant: { id: string } }> } }>(referent, '{ fileActive(first: 1) { nodes { participant { id } } } }');
    const id = caseload.data!.fileActive.nodes[0]!.participant.id;
    const read = await gateway<{ participant: { nomNaissance: string; prenoms: string; heuresClauses: unknown } }>(
      referent,
      'query ($id: ID!) { participant(id: $id) { nomNaissance prenoms heuresClauses { __typename } } }',
      { id },
      { 'x-plie-purpose': 'entretien mensuel' },
    );
    expect(read.errors).toBeUndefined();

    const parcours = await journal('Parcours', id);
    // The fields asked of this subgraph: the client's, plus the keys the gateway needs for the clauses part.
    expect(parcours).toContainEqual({
      action: 'LECTURE', entite: 'Participant', entiteId: id, champs: expect.arrayContaining(['nomNaissance', 'prenoms']), operation: 'participant',
      sujet: 'demo-referent', organisationId: 'structure-bordeaux-1', roles: ['REFERENT'], motif: 'entretien mensuel', sousGraphe: 'parcours',
    });
    // The clause hours were read in the clauses subgraph, through the gateway's plan: that subgraph records it.
    expect(await journal('Clauses', id)).toContainEqual(expect.objectContaining({ action: 'LECTURE', entite: 'Participant', champs: ['heuresClauses'], operation: '_entities', sujet: 'demo-referent' }));
    expect(JSON.stringify(parcours)).not.toContain(read.data!.participant.nomNaissance);
  });

  it('writes a list of N records read alike as one row per type, whatever N, and shows one event per record', async () => {
    const referent = await tokenFor('referent');
    const purpose = `liste ${unique()}`;
    const list = await gateway<{ fileActive: { nodes: Array<{ id: string; participant: { id: string } }> } }>(
      referent,
      '{ fileActive(first: 20) { nodes { id statut participant { id nomNaissance } } } }',
      {},
      { 'x-plie-purpose': purpose },
    );
    expect(list.errors).toBeUndefined();
    const nodes = list.data!.fileActive.nodes;
    expect(nodes.length).toBeGreaterThan(1);
    const trail = await gateway<{ j: Array<{ id: string; entite: string; entiteId: string; motif: string }> }>(
      await tokenFor('dpo'),
      '{ j: journalAuditParcours(sujet: "demo-referent", premiers: 500) { id entite entiteId motif } }',
    );
    expect(trail.errors).toBeUndefined();
    const events = trail.data!.j.filter((e) => e.motif === purpose);
    expect(events.filter((e) => e.entite === 'Parcours').map((e) => e.entiteId).sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(events.filter((e) => e.entite === 'Participant').map((e) => e.entiteId).sort()).toEqual(nodes.map((n) => n.participant.id).sort());
    // One row per type of record, each event `<row>.<rank>`.
    expect(new Set(events.map((e) => e.id.split('.')[0])).size).toBe(2);
  });

  it('records a write with the names of the fields given, never their values', async () => {
    const partner = PARTNERS[0]!;
    const nom = `AUDIT${unique()}`;
    const created = await gateway<{ f: { id: string } }>(await tokenFor(partner.who), `mutation ($input: CreerPrescription${partner.suffix}Input!) { f: creerPrescription${partner.suffix}(input: $input) { id } }`, { input: ficheInput(partner, nom) });
    expect(created.errors).toBeUndefined();
    const events = await journal('PrescriptionsFranceTravail', created.data!.f.id);
    const write = events.find((e) => e.action === 'ECRITURE')!;
    expect(write).toMatchObject({ entite: 'PrescriptionFranceTravail', operation: `creerPrescription${partner.suffix}`, sujet: 'demo-conseiller-ft' });
    expect(write.champs).toEqual(expect.arrayContaining(['input.personne', 'input.situation', 'input.consentement']));
    expect(JSON.stringify(events)).not.toContain(nom);
  });

  it('records the export of an operation’s FSE+ participants file in the subgraph that produced it', async () => {
    const token = await tokenFor('gestionnaire-fse');
    const list = await gateway<{ operations: { nodes: Array<{ id: string }> } }>(token, '{ operations(first: 1) { nodes { id } } }');
    const id = list.data!.operations.nodes[0]!.id;
    const file = await gateway(token, 'query ($id: ID!) { operation(id: $id) { fichierParticipantsFse(format: CSV) { nom } } }', { id }, { 'x-plie-purpose': 'contrôle de service fait' });
    expect(file.errors).toBeUndefined();
    expect(await journal('Parcours', id)).toContainEqual(expect.objectContaining({ action: 'EXPORT', entite: 'Operation', champs: ['fichierParticipantsFse'], sujet: 'demo-gestionnaire-fse', motif: 'contrôle de service fait' }));
  });

  it('is the DPO’s alone', async () => {
    const response = await gateway(await tokenFor('admin'), '{ journalAuditParcours { id } }');
    expect(codeOf(response)).toBe('FORBIDDEN');
  });
});
