import { describe, expect, it } from 'vitest';
import { accessMatrix, AccessMatrixError, parseAccessMatrix } from './access-matrix';
import { ROLES } from './roles';

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
});
