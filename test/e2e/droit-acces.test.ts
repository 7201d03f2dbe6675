import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { codeOf, gateway, tokenFor, unique } from '../support/client';
import { ficheInput, PARTNERS } from '../support/fiches';

const exportUrl = () => inject('gatewayUrl').replace('/graphql', '/exports/droit-acces');
const request = async (token: string, identite: Record<string, string>, format: 'json' | 'html') =>
  fetch(exportUrl(), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ identite, format }) });

describe('right of access', () => {
  it('gathers a person’s fiches across partners, drafts included, and their participation in the PLIE', async () => {
    // A person the PLIE accompanies (demo data), and a new draft fiche about the same person at the Département.
    const referent = await tokenFor('referent');
    const caseload = await gateway<{ fileActive: { nodes: Array<{ participant: { id: string; nomNaissance: string; prenoms: string; dateNaissance: string } }> } }>(
      referent,
      '{ fileActive(first: 1) { nodes { participant { id nomNaissance prenoms dateNaissance } } } }',
    );
    const participant = caseload.data!.fileActive.nodes[0]!.participant;
    const identite = { nomNaissance: participant.nomNaissance, prenoms: participant.prenoms, dateNaissance: participant.dateNaissance };
    const departement = PARTNERS[1]!;
    const draft = await gateway<{ f: { id: string } }>(await tokenFor(departement.who), `mutation ($input: CreerPrescription${departement.suffix}Input!) { f: creerPrescription${departement.suffix}(input: $input) { id } }`, {
      input: { ...ficheInput(departement, participant.nomNaissance), personne: { ...ficheInput(departement, participant.nomNaissance).personne, ...identite } },
    });
    expect(draft.errors).toBeUndefined();

    const dpo = await tokenFor('dpo');
    const response = await request(dpo, identite, 'json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="droit-acces-\d{4}-\d{2}-\d{2}\.json"/);
    const document = (await response.json()) as { manquants: string[]; donnees: { participations: Array<{ id: string; parcours: unknown[]; heuresClauses: unknown }>; prescriptionsDepartement: Array<{ id: string; statut: string; personne: { nomNaissance: string } }> } };
    expect(document.manquants).toEqual([]);
    expect(document.donnees.participations.map((p) => p.id)).toContain(participant.id);
    expect(document.donnees.participations[0]!.parcours.length).toBeGreaterThan(0);
    expect(document.donnees.participations[0]!.heuresClauses).not.toBeNull();
    expect(document.donnees.prescriptionsDepartement).toContainEqual(expect.objectContaining({ id: draft.data!.f.id, statut: 'BROUILLON' }));

    const page = await request(dpo, identite, 'html');
    const html = await page.text();
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('Droit d’accès');
    expect(html).toContain(participant.nomNaissance);
    expect(html).toContain('Fiches de prescription — Département (RSA)');

    // Every record read for the answer is in the trail, with the purpose.
    const trail = await gateway<{ j: Array<{ action: string; sujet: string; motif: string }> }>(dpo, `query ($id: ID!) { j: journalAuditParcours(entiteId: $id) { action sujet motif } }`, { id: participant.id });
    expect(trail.data!.j).toContainEqual({ action: 'LECTURE', sujet: 'demo-dpo', motif: 'droit-acces' });
  });

  it('finds a person outside the PLIE whom the clause facilitator checked, with their contracts', async () => {
    const identite = { nomNaissance: `HORSPLIE${unique()}`, prenoms: 'Karim', dateNaissance: '1988-03-14' };
    const declared = await gateway<{ p: { id: string } }>(await tokenFor('facilitateur'), `mutation ($i: PersonneEligibleInput!) { p: declarerPersonneEligible(input: $i) { id } }`, {
      i: { plieCode: 'BORDEAUX', nom: identite.nomNaissance, prenoms: identite.prenoms, sexe: 'HOMME', dateNaissance: identite.dateNaissance, qpv: false, critere: 'DELD', justificatif: 'Attestation France Travail', eligibleDu: '2026-01-01', eligibleAu: '2027-06-30' },
    });
    expect(declared.errors).toBeUndefined();
    // The same identity written otherwise (accents, case, second first name) is the same person.
    const response = await request(await tokenFor('dpo'), { ...identite, nomNaissance: identite.nomNaissance.toLowerCase(), prenoms: 'Karim Ahmed' }, 'json');
    const document = (await response.json()) as { manquants: string[]; donnees: { eligibilitesClauses: Array<{ id: string; critere: string; contrats: unknown[] }> } };
    expect(document.manquants).toEqual([]);
    expect(document.donnees.eligibilitesClauses).toEqual([expect.objectContaining({ id: declared.data!.p.id, critere: 'DELD', contrats: [] })]);
  });

  it('answers a person the hub does not know with empty parts', async () => {
    const response = await request(await tokenFor('dpo'), { nomNaissance: `INCONNU${unique()}`, prenoms: 'Personne', dateNaissance: '1970-01-01' }, 'json');
    const document = (await response.json()) as { donnees: Record<string, unknown[] | string> };
    expect(document.donnees.participations).toEqual([]);
    expect(document.donnees.prescriptionsFranceTravail).toEqual([]);
  });

  it('is refused to anyone but the DPO, and refuses a GET', async () => {
    const response = await request(await tokenFor('coordination'), { nomNaissance: 'X', prenoms: 'Y', dateNaissance: '1980-01-01' }, 'json');
    expect(response.status).toBe(403);
    expect(codeOf({ status: 403, ...((await response.json()) as object) })).toBe('FORBIDDEN');
    expect((await fetch(exportUrl(), { headers: { authorization: `Bearer ${await tokenFor('dpo')}` } })).status).toBe(405);
  });
});
