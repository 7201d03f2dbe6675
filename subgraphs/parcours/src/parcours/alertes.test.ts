import { describe, expect, it } from 'vitest';
import { AlerteEnum } from '../enums';
import type { ParcoursEntity } from './parcours.entity';
import { alertesOf } from './alertes';
import type { SortieEntity } from '../sortie/sortie.entity';

const plie = { delaiSansContactJours: 60, dureeMaxMois: 24 };
const parcours = (over: Partial<ParcoursEntity> = {}) => ({ statut: 'ACTIF', dateEntree: '2025-01-10', mesureFin: '2025-07-10', ...over }) as ParcoursEntity;

describe('alerts', () => {
  it('flags a parcours without contact beyond the PLIE limit, and not within it', () => {
    expect(alertesOf(parcours({ mesureFin: '2026-01-10' }), plie, '2025-03-01', null, '2025-05-01')).toEqual([AlerteEnum.SANS_CONTACT]);
    expect(alertesOf(parcours({ mesureFin: '2026-01-10' }), plie, '2025-03-02', null, '2025-05-01')).toEqual([]);
  });

  it('flags a mesure ending within 30 days and the maximum duration', () => {
    expect(alertesOf(parcours(), plie, '2025-06-20', null, '2025-06-20')).toEqual([AlerteEnum.FIN_MESURE_PROCHE]);
    expect(alertesOf(parcours({ mesureFin: '2027-02-01' }), plie, '2026-12-20', null, '2026-12-20')).toEqual([AlerteEnum.DUREE_MAXIMALE_ATTEINTE]);
  });

  it('asks for the 6-month confirmation of a positive exit once 6 months have passed', () => {
    const sortie = { categorie: 'POSITIVE', date: '2025-01-15', confirmee6Mois: null } as SortieEntity;
    const sorti = parcours({ statut: 'SUIVI_POST_SORTIE' });
    expect(alertesOf(sorti, plie, null, sortie, '2025-07-14')).toEqual([]);
    expect(alertesOf(sorti, plie, null, sortie, '2025-07-15')).toEqual([AlerteEnum.CONFIRMATION_6_MOIS_ATTENDUE]);
    expect(alertesOf(sorti, plie, null, { ...sortie, confirmee6Mois: true } as SortieEntity, '2025-08-01')).toEqual([]);
  });
});
