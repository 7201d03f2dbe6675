import { definePrescriptionSubgraph } from '@plie-hub/prescription';
import { migrations } from '../migrations/index';
import { franceTravail } from './partner';
import { ModaliteAccompagnement, SectionFranceTravailResolver } from './prescription-france-travail.type';

export const prescriptionsFranceTravailSubgraph = definePrescriptionSubgraph({
  name: 'prescriptions-france-travail',
  description: 'France Travail : les fiches de prescription de ses conseillers vers les PLIEs.',
  partner: franceTravail,
  migrations,
  resolvers: [SectionFranceTravailResolver],
  demo: {
    section: (n) => ({
      franceTravail: {
        identifiantFranceTravail: `${String(1_000_000 + n * 37).padStart(7, '0')}${'ABCDEFGHJK'[n % 10]}`,
        categorieDemandeur: n % 3 === 0 ? 'A' : ('ABCDE'[n % 5] ?? 'A'),
        dateInscription: `20${18 + (n % 7)}-${String(1 + (n % 12)).padStart(2, '0')}-15`,
        agenceCode: `33${100 + (n % 9) * 11}`,
        conseiller: ['Sophie Laborde', 'Karim Haddad', 'Julie Morel'][n % 3]!,
        modaliteAccompagnement: n % 4 === 0 ? ModaliteAccompagnement.GLOBAL : ModaliteAccompagnement.RENFORCE,
      },
    }),
  },
});

export default prescriptionsFranceTravailSubgraph;
