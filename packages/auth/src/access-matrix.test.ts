import { describe, expect, it } from 'vitest';
import { accessMatrix, AccessMatrixError, parseAccessMatrix } from './access-matrix';
import { personalFieldRoles } from './personal-data';
import { ROLES, type Role } from './roles';

const perimetres = ROLES.map((role) => `  ${role}: son périmètre`).join('\n');

describe('the access matrix file', () => {
  it('reads the hub’s matrix: a scope for every role, roles for every operation', () => {
    const matrix = accessMatrix();
    expect(Object.keys(matrix.perimetres).sort()).toEqual([...ROLES].sort());
    expect(matrix.sousGraphes.parcours!.ecriture.creerPlie).toEqual(['ADMIN']);
    expect(matrix.sousGraphes.parcours!.lecture.droitAcces).toEqual(['DPO']);
  });

  it('refuses an unknown role, an empty grant and a role without scope', () => {
    expect(() => parseAccessMatrix(`perimetres:\n${perimetres}\nsous-graphes:\n  parcours:\n    lecture:\n      plies: [TOUT_LE_MONDE]\n`)).toThrow(AccessMatrixError);
    expect(() => parseAccessMatrix(`perimetres:\n${perimetres}\nsous-graphes:\n  parcours:\n    ecriture:\n      creerPlie: []\n`)).toThrow(/liste de rôles invalide/);
    expect(() => parseAccessMatrix('perimetres:\n  ADMIN: tout\nsous-graphes: {}\n')).toThrow(/périmètre du rôle COPIL non décrit/);
  });

  const withPersonalData = (section: string) =>
    `perimetres:\n${perimetres}\nsous-graphes:\n  parcours:\n    lecture:\n      plies: [ADMIN]\n    donnees-personnelles:\n${section}`;

  it('reads each subgraph’s personal types: readers, fields, non-personal fields and exceptions', () => {
    const { parcours, 'prescriptions-departement': departement } = accessMatrix().sousGraphes;
    expect(parcours!.donneesPersonnelles.Participant!.lecture).toEqual(['REFERENT', 'COORDINATION_PLIE', 'DPO']);
    expect(parcours!.donneesPersonnelles.Operation!.nonPersonnels).toContain('indicateursCommunsFse');
    expect(departement!.donneesPersonnelles.PrescriptionDepartement!.exceptions.cleRapprochement).toEqual(['COORDINATION_PLIE']);
  });

  it('keeps the promises made to the DPO: COPIL reads no personal field, the facilitator no parcours, RSA nor health', () => {
    const readers = (subgraph: string, type: string, field: string) =>
      personalFieldRoles(accessMatrix().sousGraphes[subgraph]!.donneesPersonnelles, type, field) ?? [];
    const everyField = Object.entries(accessMatrix().sousGraphes).flatMap(([subgraph, access]) =>
      Object.entries(access.donneesPersonnelles).flatMap(([type, personal]) => personal.champs.map((field) => ({ subgraph, type, field, roles: readers(subgraph, type, field) }))),
    );
    const reading = (role: Role) => everyField.filter((f) => f.roles.includes(role)).map((f) => `${f.subgraph}:${f.type}.${f.field}`);
    expect(reading('COPIL')).toEqual([]);
    expect(reading('FACILITATEUR_CLAUSES').every((name) => name.startsWith('clauses:'))).toBe(true);
    // The FSE+ manager: the pseudonymous participants file, and who changed an operation's status.
    expect(reading('GESTIONNAIRE_FSE').sort()).toEqual(
      ['financements:TransitionOperation.parSub', 'parcours:FichierExport.contenuBase64', 'parcours:FichierExport.nom', 'parcours:FichierExport.typeMime', 'parcours:Operation.fichierParticipantsFse'],
    );
    expect(everyField.filter((f) => f.roles.length === 0)).toEqual([]);
  });

  it('refuses a malformed personal-data section: unknown role, unknown key, stray exception, field named twice', () => {
    expect(() => parseAccessMatrix(withPersonalData('      Participant:\n        lecture: [VOISIN]\n        champs: [nom]\n'))).toThrow(/Participant.lecture : liste de rôles invalide/);
    expect(() => parseAccessMatrix(withPersonalData('      Participant:\n        lecture: [DPO]\n        champ: [nom]\n'))).toThrow(/clé « champ » inconnue/);
    expect(() => parseAccessMatrix(withPersonalData('      Participant:\n        lecture: [DPO]\n        champs: []\n'))).toThrow(/Participant.champs : liste de champs invalide/);
    expect(() =>
      parseAccessMatrix(withPersonalData('      Participant:\n        lecture: [DPO]\n        champs: [nom]\n        exceptions:\n          prenom: [COPIL]\n')),
    ).toThrow(/exceptions.prenom : ce champ doit aussi figurer dans « champs »/);
    expect(() =>
      parseAccessMatrix(withPersonalData('      Participant:\n        lecture: [DPO]\n        champs: [nom]\n        exceptions:\n          nom: [INCONNU]\n')),
    ).toThrow(/exceptions.nom : liste de rôles invalide/);
    expect(() => parseAccessMatrix(withPersonalData('      Participant:\n        lecture: [DPO]\n        champs: [nom]\n        non-personnels: [nom]\n'))).toThrow(/« nom » est nommé deux fois/);
  });

  it('gives a field its exception’s readers, none to a non-personal field, and the type’s to a field not yet classified', () => {
    const { sousGraphes } = parseAccessMatrix(
      withPersonalData('      Participant:\n        lecture: [REFERENT, DPO]\n        champs: [nom, cle]\n        non-personnels: [version]\n        exceptions:\n          cle: [DPO]\n'),
    );
    const types = sousGraphes.parcours!.donneesPersonnelles;
    expect(personalFieldRoles(types, 'Participant', 'nom')).toEqual(['REFERENT', 'DPO']);
    expect(personalFieldRoles(types, 'Participant', 'cle')).toEqual(['DPO']);
    expect(personalFieldRoles(types, 'Participant', 'version')).toBeUndefined();
    expect(personalFieldRoles(types, 'Participant', 'ajouteDemain')).toEqual(['REFERENT', 'DPO']);
    expect(personalFieldRoles(types, 'Plie', 'nom')).toBeUndefined();
  });
});

