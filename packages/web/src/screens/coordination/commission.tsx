import { useCallback, useState } from 'react';
import { SelectField } from '../../ui/fields';
import { formatDate } from '../../ui/format';
import { Page } from '../../ui/page';
import { ErrorBanner, Loading, MissingPart, PartialNotice } from '../../ui/problems';
import { useSession } from '../../ui/session-context';
import { useQuery } from '../../ui/use-api';
import { PartnerAgenda, recordKey, type Recorded } from './agenda';
import type { Decision, PartnerAgendaSpec, ReferentOption, Seance } from './agenda-types';
import { TYPES_COMMISSION, todayIso, type PartenaireCode, type TypeCommission } from './labels';
import ordreDuJourDepartement from './ordre-du-jour-departement.graphql';
import ordreDuJourFranceTravail from './ordre-du-jour-france-travail.graphql';
import ordreDuJourMissionLocale from './ordre-du-jour-mission-locale.graphql';
import { NouvelleSeance } from './seance-form';
import seancesDocument from './seances-commission.graphql';
import { SuiviParcours } from './suivi-commission';

const PARTNER_AGENDAS: PartnerAgendaSpec[] = [
  { code: 'FRANCE_TRAVAIL', document: ordreDuJourFranceTravail },
  { code: 'DEPARTEMENT', document: ordreDuJourDepartement },
  { code: 'MISSION_LOCALE', document: ordreDuJourMissionLocale },
];

interface SeancesData {
  plie: { code: string; nom: string; libelleCommission: string } | null;
  commissions: Seance[] | null;
  referents: ReferentOption[] | null;
}

const seanceLabel = (s: Seance, today: string) =>
  `${formatDate(s.date)} — ${TYPES_COMMISSION[s.type as TypeCommission] ?? s.type}${s.date < today ? ' (passée)' : s.date === today ? ' (aujourd’hui)' : ''}`;

/** The coordination's commission: the next séance of its PLIE and, for it, the fiches the partners transmitted. */
export function CommissionScreen() {
  const { caller } = useSession();
  const [plieCode, setPlieCode] = useState(caller.plies[0] ?? '');
  if (!plieCode) {
    return (
      <Page title="Commission">
        <p>Votre compte n’est rattaché à aucun PLIE : aucune commission à préparer.</p>
      </Page>
    );
  }
  return <CommissionOfPlie key={plieCode} plieCode={plieCode} plies={caller.plies} onPlie={setPlieCode} />;
}

function CommissionOfPlie({ plieCode, plies, onPlie }: { plieCode: string; plies: readonly string[]; onPlie: (code: string) => void }) {
  const { data, problems, error, loading, reload } = useQuery<SeancesData>(seancesDocument, { plieCode });
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [recorded, setRecorded] = useState<Recorded>({});
  const [opened, setOpened] = useState<string | null>(null);
  const today = todayIso();
  const onDecided = useCallback((partenaire: PartenaireCode, decision: Decision) => setRecorded((r) => ({ ...r, [recordKey(partenaire, decision.prescriptionId)]: decision })), []);

  const seances = data?.commissions ?? [];
  const upcoming = seances.filter((s) => s.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  const seance = seances.find((s) => s.id === chosen) ?? upcoming[0] ?? null;
  const title = data?.plie?.libelleCommission ?? 'Commission';

  return (
    <Page title={title}>
      {plies.length > 1 && (
        <div className="toolbar">
          <SelectField label="PLIE" value={plieCode} onChange={onPlie} options={plies.map((code) => ({ value: code, label: code }))} />
        </div>
      )}
      {loading && !data && <Loading label="Chargement des séances…" />}
      <ErrorBanner error={error} />
      {data && (
        <>
          <PartialNotice problems={problems} />
          <p className="lead">
            {data.plie?.nom ?? plieCode} : les fiches transmises par les partenaires, les plus anciennes d’abord. Chaque décision est enregistrée pour la séance choisie.
          </p>
          {/* Said of the séance just created, and only while it is the one shown. */}
          {opened !== null && opened === seance?.id && (
            <p className="banner banner-success" role="status">
              Séance ouverte.
            </p>
          )}
          <section className="card" aria-labelledby="seance-title">
            <h2 id="seance-title">{seance ? `Séance du ${formatDate(seance.date)}` : 'Aucune séance à venir'}</h2>
            {data.commissions == null ? (
              <MissingPart problem={problems.find((p) => p.path?.[0] === 'commissions') ?? { message: 'Séances indisponibles.', code: 'SUBGRAPH_UNAVAILABLE' }} what="Séances" />
            ) : (
              <>
                {seance && (
                  <p>
                    {TYPES_COMMISSION[seance.type as TypeCommission] ?? seance.type}
                    {seance.membres.length > 0 && <> · Membres : {seance.membres.join(', ')}</>}
                  </p>
                )}
                {!seance && <p>Aucune séance n’est prévue à partir d’aujourd’hui : ouvrez-en une pour enregistrer les décisions.</p>}
                <div className="toolbar">
                  {seances.length > 0 && (
                    <SelectField
                      label="Séance"
                      value={seance?.id ?? ''}
                      onChange={(id) => setChosen(id)}
                      options={[...upcoming, ...seances.filter((s) => s.date < today)].map((s) => ({ value: s.id, label: seanceLabel(s, today) }))}
                      placeholder={seance ? undefined : 'Choisir une séance passée…'}
                    />
                  )}
                  {!creating && seance && (
                    <button type="button" className="secondary" onClick={() => setCreating(true)}>
                      Ouvrir une autre séance
                    </button>
                  )}
                </div>
                {(creating || !seance) && (
                  <NouvelleSeance
                    plieCode={plieCode}
                    onCancel={seance ? () => setCreating(false) : undefined}
                    onCreated={(created) => {
                      setCreating(false);
                      setChosen(created.id);
                      setOpened(created.id);
                      reload();
                    }}
                  />
                )}
              </>
            )}
          </section>
          {seance && (
            <section aria-labelledby="odj-title">
              <h2 id="odj-title">Ordre du jour</h2>
              {data.referents == null && <MissingPart problem={problems.find((p) => p.path?.[0] === 'referents') ?? { message: 'Référents indisponibles.', code: 'SUBGRAPH_UNAVAILABLE' }} what="Référents (nécessaires à une admission)" />}
              {PARTNER_AGENDAS.map((spec) => (
                <PartnerAgenda key={`${spec.code}-${seance.id}`} spec={spec} plieCode={plieCode} seance={seance} referents={data.referents ?? []} recorded={recorded} onDecided={onDecided} />
              ))}
            </section>
          )}
          <SuiviParcours plieCode={plieCode} />
        </>
      )}
    </Page>
  );
}
