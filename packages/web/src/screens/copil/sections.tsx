import type { ReactNode } from 'react';
import { problemAt, type ApiProblem } from '../../api/graphql';
import { formatNumber } from '../../ui/format';
import { MissingPart } from '../../ui/problems';
import { brut, effectif, taux, Valeur, type Chiffre } from './figures';
import { libelleCategorieSortie, libelleFinanceur, libellePartenaire, PUBLIC_CLAUSES, VENTILATIONS } from './libelles';
import { TableIndicateurs, TableSimple, type Colonnes, type Ligne } from './tables';
import type { Objectif, PartieClauses, PartieParcours, PartiesCopil, VueCopil } from './types';

type Partie = 'parcours' | 'clauses' | 'financements';

/** Where a part of the view is, for the problems the API reported about it. */
export interface Contexte {
  vue: VueCopil;
  problems: ApiProblem[];
  colonnes: Colonnes;
}

/** The problem that left a part empty; a generic one when the API gave none, so the gap is still said. */
export function manquant(problems: ApiProblem[], partie: Partie, precedente = false): ApiProblem {
  const path = precedente ? ['vueCopil', 'precedente', partie] : ['vueCopil', partie];
  return problemAt(problems, ...path) ?? { message: 'Cette partie de la vue n’a pas pu être obtenue.', code: 'SUBGRAPH_UNAVAILABLE' };
}

function Section({ id, titre, children }: { id: string; titre: string; children: ReactNode }) {
  return (
    <section className="card copil-section" aria-labelledby={id}>
      <h2 id={id}>{titre}</h2>
      {children}
    </section>
  );
}

/** Rows of one part, read on both periods with the same accessor. */
function lignes<P>(courant: P | null, precedent: P | null, definitions: [string, (partie: P) => Chiffre | null][]): Ligne[] {
  return definitions.map(([libelle, lire]) => ({ libelle, courant: courant ? lire(courant) : null, precedent: precedent ? lire(precedent) : null }));
}

function AbsentePrecedente({ problems, partie }: { problems: ApiProblem[]; partie: Partie }) {
  return (
    <p className="copil-note">
      Période précédente : <MissingPart problem={manquant(problems, partie, true)} />
    </p>
  );
}

export function SectionPrescriptions({ vue, problems, colonnes }: Contexte) {
  const precedente = vue.precedente;
  const recues = (p: PartiesCopil): [string, Chiffre | null][] => [
    ['Fiches reçues — France Travail', effectif(p.prescriptionsRecuesFranceTravail)],
    ['Fiches reçues — Département', effectif(p.prescriptionsRecuesDepartement)],
    ['Fiches reçues — Mission Locale', effectif(p.prescriptionsRecuesMissionLocale)],
  ];
  const courantes = recues(vue);
  const anciennes = recues(precedente);
  const rows: Ligne[] = [
    ...courantes.map(([libelle, courant], i) => ({ libelle, courant, precedent: anciennes[i]![1] })),
    ...lignes(vue.parcours, precedente.parcours, [
      ['Prescriptions examinées en commission', (p) => effectif(p.prescriptionsExaminees)],
      ['Taux d’intégration', (p) => taux(p.tauxIntegration)],
    ]),
  ];
  const parPartenaire = vue.parcours?.integrationParPartenaire ?? [];
  return (
    <Section id="copil-prescriptions" titre="Prescriptions et intégration">
      <TableIndicateurs legende="Prescriptions reçues et intégration" colonnes={colonnes} lignes={rows} />
      {!vue.parcours && <p className="copil-note">Examen en commission : <MissingPart problem={manquant(problems, 'parcours')} /></p>}
      {parPartenaire.length > 0 && (
        <>
          <h3>Intégration par partenaire prescripteur ({colonnes.courant.toLowerCase()})</h3>
          <TableSimple
            legende="Intégration par partenaire prescripteur"
            entetes={['Partenaire', 'Examinées', 'Admises', 'Taux d’intégration']}
            lignes={parPartenaire.map((row) => ({
              libelle: libellePartenaire(row.partenaire),
              cellules: [<Valeur chiffre={effectif(row.examinees)} />, <Valeur chiffre={effectif(row.admises)} />, <Valeur chiffre={taux(row.tauxIntegration)} />],
            }))}
          />
        </>
      )}
    </Section>
  );
}

function objectifCellules({ objectif }: { objectif: Objectif | null }): ReactNode[] {
  if (!objectif) return ['aucun', '—', '—'];
  const masque = objectif.realise === null;
  return [formatNumber(objectif.cible), <Valeur chiffre={brut(objectif.realise, 'nombre', masque)} />, <Valeur chiffre={brut(objectif.ecart, 'nombre', masque)} />];
}

export function SectionParcours({ vue, problems, colonnes }: Contexte) {
  const parcours = vue.parcours;
  if (!parcours) {
    return (
      <Section id="copil-parcours" titre="Entrées, file active et sorties">
        <MissingPart problem={manquant(problems, 'parcours')} what="Parcours" />
      </Section>
    );
  }
  const precedent = vue.precedente.parcours;
  const categories = parcours.sortiesParCategorie.map((c) => c.categorie);
  const rows = lignes(parcours, precedent, [
    ['Sorties — total', (p) => effectif(p.sorties)],
    ...categories.map((categorie): [string, (p: PartieParcours) => Chiffre | null] => [
      libelleCategorieSortie(categorie),
      (p) => effectif(p.sortiesParCategorie.find((c) => c.categorie === categorie)?.nombre),
    ]),
    ['Taux de sorties positives', (p) => taux(p.tauxSortiesPositives)],
    ['Sorties positives confirmées à 6 mois', (p) => effectif(p.sortiesPositivesConfirmees6Mois)],
    // The duration is masked with the exits it averages.
    ['Durée moyenne des parcours sortis', (p) => brut(p.dureeMoyenneMois, 'mois', p.sorties.masque)],
  ]);
  return (
    <Section id="copil-parcours" titre="Entrées, file active et sorties">
      <h3>Public accompagné ({colonnes.courant.toLowerCase()})</h3>
      <TableSimple
        legende="Entrées, file active et sorties positives, par public"
        entetes={['Public', 'Entrées', 'Entrées — période précédente', 'File active', 'Sorties positives']}
        lignes={VENTILATIONS.map(({ cle, libelle }) => ({
          libelle,
          cellules: [
            <Valeur chiffre={effectif(parcours.entrees[cle])} />,
            <Valeur chiffre={precedent ? effectif(precedent.entrees[cle]) : null} />,
            <Valeur chiffre={effectif(parcours.fileActive[cle])} />,
            <Valeur chiffre={effectif(parcours.sortiesPositives[cle])} />,
          ],
        }))}
      />
      <h3>Sorties</h3>
      <TableIndicateurs legende="Sorties du dispositif" colonnes={colonnes} lignes={rows} />
      {!precedent && <AbsentePrecedente problems={problems} partie="parcours" />}
      <h3>Objectifs du protocole</h3>
      <TableSimple
        legende="Objectifs du protocole sur la période"
        entetes={['Objectif', 'Cible', 'Réalisé', 'Écart']}
        lignes={[
          { libelle: 'Participants accompagnés', cellules: objectifCellules({ objectif: parcours.objectifParticipants }) },
          { libelle: 'Sorties positives validées à 6 mois', cellules: objectifCellules({ objectif: parcours.objectifSortiesPositives }) },
        ]}
      />
      <p className="copil-note">Cibles au prorata des objectifs annuels du protocole sur la période ; « aucun » : pas d’objectif fixé pour ce périmètre.</p>
    </Section>
  );
}

export function SectionClauses({ vue, problems, colonnes }: Contexte) {
  const clauses = vue.clauses;
  if (!clauses) {
    return (
      <Section id="copil-clauses" titre="Clauses sociales d’insertion">
        <MissingPart problem={manquant(problems, 'clauses')} what="Clauses sociales" />
      </Section>
    );
  }
  const precedent = vue.precedente.clauses;
  const rows = lignes(clauses, precedent, [
    ['Marchés suivis', (c) => brut(c.nombreMarches, 'nombre')],
    ['Heures d’insertion engagées', (c) => brut(c.heuresEngagees, 'heures')],
    ['Heures d’insertion réalisées', (c) => brut(c.heuresRealisees, 'heures')],
    ['Taux de réalisation', (c) => taux(c.tauxRealisation)],
    ['Contrats', (c) => effectif(c.contrats)],
    ...PUBLIC_CLAUSES.map(({ cle, libelle }): [string, (c: PartieClauses) => Chiffre | null] => [libelle, (c) => effectif(c.public[cle])]),
  ]);
  return (
    <Section id="copil-clauses" titre="Clauses sociales d’insertion">
      <TableIndicateurs legende="Clauses sociales d’insertion" colonnes={colonnes} lignes={rows} />
      {!precedent && <AbsentePrecedente problems={problems} partie="clauses" />}
    </Section>
  );
}

export function SectionFinancements({ vue, problems, colonnes }: Contexte) {
  const financements = vue.financements;
  if (!financements) {
    return (
      <Section id="copil-financements" titre="Financements FSE+">
        <MissingPart problem={manquant(problems, 'financements')} what="Financements" />
      </Section>
    );
  }
  const precedent = vue.precedente.financements;
  const rows = lignes(financements, precedent, [
    ['Opérations programmées', (f) => brut(f.nombreOperations, 'nombre')],
    ['Coût total programmé', (f) => brut(f.coutTotalProgramme, 'euros')],
    ['FSE+ programmé', (f) => brut(f.fseProgramme, 'euros')],
    ['FSE+ consommé', (f) => brut(f.fseConsomme, 'euros')],
    ['Coût par participant', (f) => brut(f.coutParParticipant, 'euros')],
  ]);
  return (
    <Section id="copil-financements" titre="Financements FSE+">
      <TableIndicateurs legende="Financements FSE+" colonnes={colonnes} lignes={rows} />
      {!precedent && <AbsentePrecedente problems={problems} partie="financements" />}
      <h3>Cofinancements ({colonnes.courant.toLowerCase()})</h3>
      {financements.cofinancements.length === 0 ? (
        <p>Aucun cofinancement programmé sur la période.</p>
      ) : (
        <TableSimple
          legende="Cofinancements par financeur"
          entetes={['Financeur', 'Montant', 'Part du coût total']}
          lignes={financements.cofinancements.map((c) => ({
            libelle: libelleFinanceur(c.financeur),
            cellules: [<Valeur chiffre={brut(c.montant, 'euros')} />, c.part === null ? '—' : <Valeur chiffre={brut(c.part, 'pourcent')} />],
          }))}
        />
      )}
    </Section>
  );
}
