import { useMemo } from 'react';
import { problemAt, type ApiError, type ApiProblem } from '../../api/graphql';
import { formatNumber } from '../../ui/format';
import { navigate, Page } from '../../ui/page';
import { ErrorBanner, Loading, MissingPart, PartialNotice } from '../../ui/problems';
import { useSession } from '../../ui/session-context';
import { useQuery } from '../../ui/use-api';
import { Graphiques } from './charts';
import { brut, effectif, SECRET_STATISTIQUE_ID, taux, texteChiffre, type Chiffre } from './figures';
import { FIELDS_OF_FORM, FiltresVue, organismesDe } from './filtres';
import { Kpi } from './kpis';
import { nomCourtOrganisme } from './libelles';
import { anneeCourante, bornesAnnee, isIsoDate, libellePeriode } from './periodes';
import pliesDocument from './plies-du-perimetre.graphql';
import { manquant, SectionClauses, SectionFinancements, SectionParcours, SectionPrescriptions } from './sections';
import type { Colonnes } from './tables';
import { BoutonsTelechargement, EtatTelechargement, useTelechargement } from './telechargements';
import { variablesOf, type Demande, type Objectif, type PlieDuReferentiel, type VueCopil, type VueCopilAnswer } from './types';
import vueDocument from './vue-copil.graphql';
import './copil.css';

/** `#/copil/plie/BORDEAUX/2026-01-01/2026-12-31` or `#/copil/oi/<organisme>/…`: a view one can bookmark or share. */
function demandeDe(params: string[]): Demande | null {
  const [type, id, debut, fin] = params;
  if (!id || !isIsoDate(debut) || !isIsoDate(fin)) return null;
  if (type === 'plie') return { portee: { type: 'plie', code: id }, debut, fin };
  if (type === 'oi') return { portee: { type: 'oi', nom: id }, debut, fin };
  return null;
}

const ouvrir = ({ portee, debut, fin }: Demande) => navigate('copil', portee.type, portee.type === 'plie' ? portee.code : portee.nom, debut, fin);

/** With no choice made yet: the whole organisme intermédiaire when the caller follows several of its PLIEs, this year. */
function demandeParDefaut(plies: PlieDuReferentiel[]): Demande | null {
  if (plies.length === 0) return null;
  const organismes = organismesDe(plies);
  const portee = plies.length > 1 && organismes.length === 1 ? ({ type: 'oi', nom: organismes[0]!.nom } as const) : ({ type: 'plie', code: plies[0]!.code } as const);
  return { portee, ...bornesAnnee(anneeCourante()) };
}

/** The API's problems that the form does not already show next to a field. */
const horsFormulaire = (error: ApiError | null): ApiError | null => error?.unplaced(FIELDS_OF_FORM) ?? null;

function libellePerimetre(vue: VueCopil, demande: Demande, plies: PlieDuReferentiel[]): string {
  const nom = (code: string) => plies.find((p) => p.code === code)?.nom ?? code;
  if (demande.portee.type === 'plie') return nom(demande.portee.code);
  return `Tous les PLIEs de ${nomCourtOrganisme(demande.portee.nom)} (${vue.plies.length}) : ${vue.plies.map(nom).join(', ')}`;
}

function cibleObjectif(objectif: Objectif | null | undefined, quoi: string) {
  if (!objectif) return `Pas d’objectif de ${quoi} fixé pour ce périmètre.`;
  const realise = objectif.realise === null ? 'masqué' : formatNumber(objectif.realise);
  const ecart = objectif.ecart === null ? '' : `, écart ${objectif.ecart > 0 ? '+' : objectif.ecart < 0 ? '−' : ''}${formatNumber(Math.abs(objectif.ecart))}`;
  return `Objectif de ${quoi} : ${formatNumber(objectif.cible)} (réalisé ${realise}${ecart})`;
}

/** The share of the FSE+ plan already consumed, when there is a plan. */
function partConsommee(programme: string, consomme: string): Chiffre | null {
  const plan = Number(programme);
  return plan > 0 ? brut(Math.round((Number(consomme) / plan) * 1000) / 10, 'pourcent') : null;
}

function ChiffresCles({ vue, problems }: { vue: VueCopil; problems: ApiProblem[] }) {
  const { parcours, clauses, financements, precedente } = vue;
  const sansParcours = parcours ? undefined : manquant(problems, 'parcours');
  const part = financements ? partConsommee(financements.fseProgramme, financements.fseConsomme) : null;
  return (
    <section aria-labelledby="copil-chiffres-cles">
      <h2 id="copil-chiffres-cles">Chiffres clés</h2>
      <div className="kpis">
        <Kpi libelle="Entrées" courant={effectif(parcours?.entrees.total)} precedent={effectif(precedente.parcours?.entrees.total)} manquant={sansParcours} />
        <Kpi
          libelle="Personnes accompagnées"
          courant={effectif(parcours?.fileActive.total)}
          precedent={effectif(precedente.parcours?.fileActive.total)}
          cible={cibleObjectif(parcours?.objectifParticipants, 'participants')}
          manquant={sansParcours}
        />
        <Kpi libelle="Sorties" courant={effectif(parcours?.sorties)} precedent={effectif(precedente.parcours?.sorties)} manquant={sansParcours} />
        <Kpi
          libelle="Taux de sorties positives"
          courant={taux(parcours?.tauxSortiesPositives)}
          precedent={taux(precedente.parcours?.tauxSortiesPositives)}
          cible={cibleObjectif(parcours?.objectifSortiesPositives, 'sorties positives à 6 mois')}
          manquant={sansParcours}
        />
        <Kpi
          libelle="Heures de clauses réalisées"
          courant={brut(clauses?.heuresRealisees, 'heures')}
          precedent={brut(precedente.clauses?.heuresRealisees, 'heures')}
          cible={clauses && `Sur ${texteChiffre(brut(clauses.heuresEngagees, 'heures'))} engagées (taux de réalisation : ${texteChiffre(taux(clauses.tauxRealisation))})`}
          manquant={clauses ? undefined : manquant(problems, 'clauses')}
        />
        <Kpi
          libelle="FSE+ consommé"
          courant={brut(financements?.fseConsomme, 'euros')}
          precedent={brut(precedente.financements?.fseConsomme, 'euros')}
          cible={financements && `Sur ${texteChiffre(brut(financements.fseProgramme, 'euros'))} programmés${part ? ` (${texteChiffre(part)} consommés)` : ''}`}
          manquant={financements ? undefined : manquant(problems, 'financements')}
        />
      </div>
    </section>
  );
}

function SecretStatistique({ seuil }: { seuil: number }) {
  return (
    <p className="copil-secret" id={SECRET_STATISTIQUE_ID}>
      <strong>Secret statistique :</strong> les effectifs inférieurs à {seuil} sont affichés « masqué » (&lt; {seuil}), ainsi qu’une case voisine
      quand un total permettrait de les retrouver par différence ; un taux calculé sur un effectif masqué l’est aussi. Une case masquée
      n’est jamais un zéro. « Non calculable » : pas de base pour ce taux sur la période (par exemple, aucune sortie).
    </p>
  );
}

function Rapport({ vue, problems, demande, plies }: { vue: VueCopil; problems: ApiProblem[]; demande: Demande; plies: PlieDuReferentiel[] }) {
  const colonnes: Colonnes = { courant: libellePeriode(vue.debut, vue.fin), precedent: libellePeriode(vue.precedente.debut, vue.precedente.fin) };
  const contexte = { vue, problems, colonnes };
  return (
    <>
      <div className="card copil-resume">
        <p>
          <strong>Périmètre :</strong> {libellePerimetre(vue, demande, plies)}
        </p>
        <p>
          <strong>Période :</strong> {colonnes.courant} — comparée à la période précédente de même durée ({colonnes.precedent.replace(/^Du/, 'du').replace(/^Année/, 'année')}).
        </p>
        <SecretStatistique seuil={vue.seuilMasquage} />
      </div>
      <ChiffresCles vue={vue} problems={problems} />
      <Graphiques vue={vue} problems={problems} />
      <SectionPrescriptions {...contexte} />
      <SectionParcours {...contexte} />
      <SectionClauses {...contexte} />
      <SectionFinancements {...contexte} />
    </>
  );
}

export function VueCopilScreen({ params }: { params: string[] }) {
  const session = useSession();
  const referentiel = useQuery<{ plies: PlieDuReferentiel[] }>(pliesDocument);
  const plies = useMemo(
    () => (referentiel.data?.plies ?? []).filter((plie) => session.caller.plies.includes(plie.code)).sort((a, b) => a.nom.localeCompare(b.nom, 'fr')),
    [referentiel.data, session.caller.plies],
  );
  const demande = demandeDe(params) ?? demandeParDefaut(plies);
  const vue = useQuery<VueCopilAnswer>(vueDocument, demande ? variablesOf(demande) : {}, { skip: !demande });
  const telechargement = useTelechargement(demande);
  const sansVue = problemAt(vue.problems, 'vueCopil');
  return (
    <Page
      title="Vue COPIL"
      actions={
        <>
          {/* The gateway serves a view again for a minute: this asks for the figures as they are now. */}
          <button type="button" className="secondary" onClick={() => vue.reload({ fresh: true })} disabled={!vue.data || vue.loading}>
            Actualiser les chiffres
          </button>
          <BoutonsTelechargement telechargement={telechargement} disabled={!vue.data || vue.loading} />
        </>
      }
    >
      <EtatTelechargement telechargement={telechargement} />
      <ErrorBanner error={referentiel.error} title="La liste des PLIEs n’a pas pu être lue" />
      {demande ? (
        <FiltresVue key={JSON.stringify(demande)} plies={plies} demande={demande} error={vue.error} onSubmit={ouvrir} />
      ) : (
        !referentiel.loading && !referentiel.error && <p>Aucun PLIE n’est rattaché à votre compte : la vue COPIL n’a rien à montrer.</p>
      )}
      {vue.error && vue.error.problems.some((p) => p.field && FIELDS_OF_FORM.includes(p.field)) && (
        <p className="banner banner-error" role="alert">
          La vue n’a pas pu être calculée : corrigez le champ signalé dans le formulaire.
        </p>
      )}
      <ErrorBanner error={horsFormulaire(vue.error)} title="La vue n’a pas pu être calculée" />
      {(vue.loading || referentiel.loading) && <Loading label="Calcul de la vue…" />}
      <PartialNotice problems={vue.problems} />
      {sansVue && !vue.data?.vueCopil && <MissingPart problem={sansVue} what="Vue COPIL" />}
      {vue.data?.vueCopil && demande && !vue.error && (
        <div aria-busy={vue.loading}>
          <Rapport vue={vue.data.vueCopil} problems={vue.problems} demande={demande} plies={plies} />
        </div>
      )}
    </Page>
  );
}
