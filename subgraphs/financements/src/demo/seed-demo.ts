import { DEMO_PLIES, stableUuid } from '@plie-hub/demo';
import { type Logger, Montant, withSiretKey } from '@plie-hub/kit';
import type { DataSource } from 'typeorm';
import { IndicateurEntity, LigneDepenseEntity, OperationEntity, PlanEntity, RealiseEntity, RessourceEntity, TransitionEntity } from '../operation/operation.entities';
import { computePlan } from '../plan/plan-rules';
import { AppelAProjetsEntity, FicheOperationEntity, OptionCoutsEntity, ProgrammeEntity } from '../programme/programme.entities';

/** Maximum FSE+ co-financing rates stated in the AAP 2024 fiches (digest-000 §1.1); the others: the 60 % of a transition region. */
const TAUX_MAXIMUM: Record<string, string> = { TECHNOWEST: '100.00', 'HAUTS-DE-GARONNE': '40.00', SOURCES: '85.00' };

export const OPTIONS = [
  { code: 'OCS-15-PERSONNEL', libelle: '15 % des dépenses directes de personnel', taux: '15.00', base: ['PERSONNEL'], remplaceAutresCouts: false },
  { code: 'OCS-20-HORS-PRESTATIONS', libelle: '20 % des dépenses directes hors prestations externes', taux: '20.00', base: ['PERSONNEL', 'FONCTIONNEMENT', 'PARTICIPANTS'], remplaceAutresCouts: false },
  { code: 'OCS-40-PERSONNEL', libelle: '40 % des dépenses de personnel couvrant tous les autres coûts', taux: '40.00', base: ['PERSONNEL'], remplaceAutresCouts: true },
  { code: 'OCS-7-DIRECTS', libelle: '7 % des dépenses directes', taux: '7.00', base: ['PERSONNEL', 'FONCTIONNEMENT', 'PRESTATIONS', 'PARTICIPANTS'], remplaceAutresCouts: false },
] as const;

/**
 * The FSE+ programme and its simplified-cost options, AGAPE's AAP 2024 with the 11 PLIEs' animation fiches and their
 * ceilings, and each PLIE's operation for 2024 (soldée, with its réalisé) and 2025 (en cours), with balanced plans.
 */
export async function seedDemo(db: DataSource, { log }: { log: Logger }): Promise<void> {
  if ((await db.getRepository(ProgrammeEntity).count()) > 0) return;
  const programmeId = stableUuid('programme:fse-plus-2021-2027');
  const appelId = stableUuid('aap:agape:2024');
  await db.transaction(async (manager) => {
    await manager.insert(ProgrammeEntity, { id: programmeId, code: 'PN-FSE-PLUS-2021-2027', nom: 'Programme national FSE+ 2021-2027', priorite: 'Priorité 1 : favoriser l’insertion professionnelle', objectifSpecifique: 'OS H — inclusion active' });
    await manager.insert(OptionCoutsEntity, OPTIONS.map((o) => ({ ...o, id: stableUuid(`ocs:${o.code}`), programmeId, base: [...o.base] })));
    await manager.insert(AppelAProjetsEntity, { id: appelId, numero: 'AGAPE-AAP-2024', annee: 2024, organismeIntermediaire: 'AGAPE', dateLimite: '2023-11-30' });
    const plies = DEMO_PLIES.filter((plie) => plie.fseMaximum > 0);
    for (const [index, plie] of plies.entries()) {
      const ficheId = stableUuid(`fiche:${plie.code}:2024`);
      const fseMaximum = Montant.fromCents(plie.fseMaximum * 100);
      await manager.insert(FicheOperationEntity, {
        id: ficheId, appelId, numero: 'N°2', titre: `Coordination, ingénierie et animation territoriale du ${plie.nom}`, plieCode: plie.code, debut: '2024-01-01', fin: '2025-12-31',
        fseMaximum, tauxFseMaximum: TAUX_MAXIMUM[plie.code] ?? '60.00', publicCible: 'Personnes éloignées de l’emploi accompagnées par le PLIE',
        unitesMesure: [{ libelle: 'Comités de pilotage', cible: 2 }, { libelle: "Commissions d'intégration et de sortie", cible: 10 }],
        pieces: ['Feuilles d’émargement des comités', 'Comptes rendus des commissions', 'Bilan annuel'], criteres: ['Ancrage territorial', 'Partenariat'],
      });
      for (const annee of [2024, 2025]) {
        const operationId = stableUuid(`operation:${plie.code}:${annee}`);
        const statut = annee === 2024 ? 'SOLDEE' : 'EN_COURS';
        await manager.insert(OperationEntity, {
          id: operationId, ficheId, plieCode: plie.code, intitule: `Animation, coordination et ingénierie du ${plie.nom} ${annee}`,
          porteur: { siret: withSiretKey(`${String(400_000_000 + index * 7_777).padStart(9, '0')}0001`), nom: plie.structurePorteuse }, debut: `${annee}-01-01`, fin: `${annee}-12-31`, statut,
        });
        const path = ['DEPOSEE', 'RECEVABLE', 'SELECTIONNEE', 'CONVENTIONNEE', 'EN_COURS', ...(statut === 'SOLDEE' ? ['SOLDEE'] : [])];
        await manager.insert(TransitionEntity, path.map((vers, i) => ({
          id: stableUuid(`transition:${operationId}:${i}`), operationId, de: (i ? path[i - 1] : null) as never, vers: vers as never,
          motif: vers === 'SELECTIONNEE' ? `COPIL du ${annee - 1}-12-12` : null, parSub: 'demo-gestionnaire-fse', le: new Date(Date.UTC(annee - 1, 10 + Math.min(i, 1), 1 + i)),
        })));
        await manager.insert(IndicateurEntity, [
          { operationId, libelle: 'Comités de pilotage', cible: 2, realise: annee === 2024 ? 2 : 1 },
          { operationId, libelle: "Commissions d'intégration et de sortie", cible: 10, realise: annee === 2024 ? 11 : 7 },
        ]);
        // A balanced plan under the fiche's rate: FSE+ at its ceiling, staff + running costs + 15 % of staff.
        const rate = Math.min(Number(TAUX_MAXIMUM[plie.code] ?? '60'), 60) - 5;
        const fonctionnement = Montant.parse('6000');
        const total = Montant.fromCents((fseMaximum.cents * 100n) / BigInt(rate));
        const personnel = Montant.fromCents(((total.cents - fonctionnement.cents) * 100n) / 115n);
        const planId = stableUuid(`plan:${operationId}`);
        await manager.insert(PlanEntity, { id: planId, operationId, annee, optionId: stableUuid('ocs:OCS-15-PERSONNEL') });
        const lignes = [
          { categorie: 'PERSONNEL' as const, libelle: 'Coordination et animation (1,5 ETP)', montant: personnel, etp: '1.50', effectif: 2 },
          { categorie: 'FONCTIONNEMENT' as const, libelle: 'Frais de fonctionnement directs', montant: fonctionnement, etp: null, effectif: null },
        ];
        const calcule = computePlan({ lignes, ressources: [], option: { code: 'OCS-15-PERSONNEL', taux: '15', base: ['PERSONNEL'], remplaceAutresCouts: false } });
        await manager.insert(LigneDepenseEntity, lignes.map((l, i) => ({ ...l, id: stableUuid(`ligne:${planId}:${i}`), planId })));
        await manager.insert(RessourceEntity, [
          { id: stableUuid(`ressource:${planId}:fse`), planId, financeur: 'FSE', montant: fseMaximum },
          { id: stableUuid(`ressource:${planId}:epci`), planId, financeur: 'EPCI_COMMUNE', montant: calcule.coutTotal.minus(fseMaximum) },
        ]);
        if (annee === 2024) {
          const retenu = calcule.coutTotal.times('0.95');
          await manager.insert(RealiseEntity, {
            id: stableUuid(`realise:${operationId}`), operationId, periodeDebut: '2024-01-01', periodeFin: '2024-12-31', depensesDeclarees: calcule.coutTotal, montantRetenu: retenu,
            fseDu: Montant.fromCents((retenu.cents * fseMaximum.cents * 2n + calcule.coutTotal.cents) / (calcule.coutTotal.cents * 2n)), creeLe: new Date('2025-03-15T10:00:00Z'),
          });
        }
      }
    }
  });
  log.info({ operations: 22 }, 'demo data loaded');
}
