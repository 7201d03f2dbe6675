import { definePrescriptionSubgraph } from '@plie-hub/prescription';
import { migrations } from '../migrations/index';
import { departement } from './partner';
import { OrganismePayeur, OrientationRsa } from './prescription-departement.type';

export const prescriptionsDepartementSubgraph = definePrescriptionSubgraph({
  name: 'prescriptions-departement',
  description: 'Le Département (RSA) : les fiches de prescription de ses services vers les PLIEs.',
  partner: departement,
  migrations,
  demo: {
    section: (n) => ({
      departement: {
        organismePayeur: n % 9 === 0 ? OrganismePayeur.MSA : OrganismePayeur.CAF,
        numeroAllocataire: n % 9 === 0 ? String(1_000_000_000 + n * 7919) : String(1_000_000 + n * 131).slice(0, 7),
        dateOuvertureDroitRsa: `20${17 + (n % 8)}-${String(1 + (n % 12)).padStart(2, '0')}-01`,
        soumisDroitsEtDevoirs: true,
        orientation: n % 4 === 0 ? OrientationRsa.SOCIO_PROFESSIONNELLE : OrientationRsa.PROFESSIONNELLE,
        referentUniqueRsa: ['Nadia Benali', 'Pierre Delmas', 'Claire Fontaine'][n % 3]!,
        cerEnCours: n % 2 === 0,
        cerDateFin: n % 2 === 0 ? '2027-06-30' : null,
        serviceTerritorial: 'Maison départementale de la solidarité',
      },
    }),
  },
});

export default prescriptionsDepartementSubgraph;
