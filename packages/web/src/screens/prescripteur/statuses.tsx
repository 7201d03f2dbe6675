import type { ApiProblem } from '../../api/graphql';
import { formatDate } from '../../ui/format';
import { MissingPart } from '../../ui/problems';
import type { DecisionPlie, SuiteParcours } from './fiche-model';
import { CATEGORIES_SORTIE, DECISIONS, labelOf, STATUTS_FICHE, STATUTS_PARCOURS, type StatutFiche } from './labels';

const STATUT_TONE: Record<string, string> = { BROUILLON: '', TRANSMISE: 'badge-ok', ANNULEE: 'badge-danger', EXPIREE: 'badge-warning' };
const DECISION_TONE: Record<string, string> = { ADMIS: 'badge-ok', AJOURNE: 'badge-warning', REFUSE: 'badge-danger', REORIENTE: 'badge-warning' };

export function StatutBadge({ statut }: { statut: StatutFiche }) {
  return <span className={`badge ${STATUT_TONE[statut] ?? ''}`}>{labelOf(STATUTS_FICHE, statut)}</span>;
}

/** The PLIE's decision, or why there is none yet (a draft was never sent; a sent fiche awaits the commission). */
export function DecisionText({ statut, decision, problem }: { statut: StatutFiche; decision: DecisionPlie | null; problem?: ApiProblem }) {
  if (problem) return <MissingPart problem={problem} what="Décision" />;
  if (decision) {
    return (
      <>
        <span className={`badge ${DECISION_TONE[decision.statut] ?? ''}`}>{labelOf(DECISIONS, decision.statut)}</span>
        <span className="prescripteur-sub">le {formatDate(decision.decideLe)}</span>
      </>
    );
  }
  return <span className="prescripteur-muted">{statut === 'TRANSMISE' ? 'En attente de la commission' : '—'}</span>;
}

/** What became of the person once admitted: the parcours status and, at the exit, its category. Nothing more. */
export function SuiteText({ suite, problem }: { suite: SuiteParcours | null; problem?: ApiProblem }) {
  if (problem) return <MissingPart problem={problem} what="Suite du parcours" />;
  if (!suite) return <span className="prescripteur-muted">—</span>;
  return (
    <>
      {labelOf(STATUTS_PARCOURS, suite.statutParcours)}
      {suite.categorieSortie && (
        <span className="prescripteur-sub">
          {labelOf(CATEGORIES_SORTIE, suite.categorieSortie)}
          {suite.dateSortie ? ` le ${formatDate(suite.dateSortie)}` : ''}
        </span>
      )}
    </>
  );
}
