import { useEffect, useState } from 'react';
import { formatDate, formatEuros, formatNumber, formatPercent } from '../../ui/format';
import { Page } from '../../ui/page';
import { ErrorBanner, Loading, MissingPart, PartialNotice } from '../../ui/problems';
import { useQuery } from '../../ui/use-api';
import { BilanExport } from './bilan-export';
import { ContratsTable } from './contrats';
import contratsDocument from './contrats.graphql';
import { ImportHeures } from './import-heures';
import { BASES_JURIDIQUES, labelOf, TYPES_DONNEUR, TYPES_MARCHE } from './labels';
import { LotsSection } from './lots';
import marcheDocument from './marche.graphql';
import { SaisieHeuresForm } from './saisie-heures';
import type { ContratsData, Marche, MarcheData } from './types';

const BackLink = () => <a href="#/marches">← Retour aux marchés</a>;

/** One marché: its lots' committed vs done hours, its contracts, the monthly entry, the import and the bilan. */
export function MarcheScreen({ id }: { id: string | undefined }) {
  if (!id) {
    return (
      <Page title="Marché" actions={<BackLink />}>
        <p>Aucun marché n’est désigné : choisissez-en un dans la liste.</p>
      </Page>
    );
  }
  return <MarcheDetail id={id} />;
}

function MarcheDetail({ id }: { id: string }) {
  const marche = useQuery<MarcheData>(marcheDocument, { id });
  const contrats = useQuery<ContratsData>(contratsDocument, { marcheId: id });
  const [contratId, setContratId] = useState('');
  const list = contrats.data?.contrats ?? [];
  // The first contract is preselected once the list arrives, so a single-contract marché needs no choice.
  useEffect(() => {
    if (!contratId && list[0]) setContratId(list[0].id);
  }, [contratId, list]);

  const reload = () => {
    marche.reload();
    contrats.reload();
  };
  const chooseForEntry = (chosen: string) => {
    setContratId(chosen);
    const heading = document.getElementById('saisie-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };

  const data = marche.data?.marche;
  return (
    <Page title={data ? `Marché ${data.reference}` : 'Marché'} actions={<BackLink />}>
      <ErrorBanner error={marche.error} title="Le marché n’a pas pu être chargé" />
      <PartialNotice problems={marche.problems} />
      {marche.loading && !data && <Loading label="Chargement du marché…" />}
      {data && (
        <>
          <MarcheSummary marche={data} />
          <LotsSection lots={data.lots} bilanLots={data.bilan.lots} />
        </>
      )}
      <section aria-labelledby="contrats-title">
        <h2 id="contrats-title">Contrats</h2>
        {contrats.loading && !contrats.data && <Loading label="Chargement des contrats…" />}
        {contrats.error && (contrats.error.code === 'FORBIDDEN' ? <MissingPart problem={contrats.error.problems[0]!} what="Contrats" /> : <ErrorBanner error={contrats.error} title="Les contrats n’ont pas pu être chargés" />)}
        {contrats.data && <ContratsTable contrats={list} lotNumeros={new Map(data?.lots.map((lot) => [lot.id, lot.numero]))} onChoose={chooseForEntry} />}
      </section>
      {contrats.data && list.length > 0 && <SaisieHeuresForm contrats={list} contratId={contratId} onContratChange={setContratId} onSaved={reload} />}
      <ImportHeures marcheReference={data?.reference ?? id} contrats={list} onImported={reload} />
      {data && <BilanExport marcheId={id} />}
    </Page>
  );
}

function MarcheSummary({ marche }: { marche: Marche }) {
  const { bilan } = marche;
  return (
    <>
      <div className="card">
        <p className="facilitateur-objet">{marche.objet}</p>
        <dl className="facilitateur-facts">
          <Fact term="Donneur d’ordre" value={`${marche.donneurOrdre.nom} (${labelOf(TYPES_DONNEUR, marche.donneurOrdre.type)})`} />
          <Fact term="Type de marché" value={labelOf(TYPES_MARCHE, marche.typeMarche)} />
          <Fact term="Base juridique de la clause" value={labelOf(BASES_JURIDIQUES, marche.baseJuridique)} />
          <Fact term="Notifié le" value={formatDate(marche.dateNotification)} />
          <Fact term="Durée" value={`${formatNumber(marche.dureeMois)} mois`} />
          <Fact term="Montant HT" value={formatEuros(marche.montantHt)} />
          <Fact term="PLIE" value={marche.plieCode} />
        </dl>
      </div>
      <div className="kpis" aria-label="Chiffres de la clause" role="group">
        <Kpi label="Heures engagées" value={formatNumber(bilan.heuresEngagees)} />
        <Kpi label="Heures réalisées" value={formatNumber(bilan.heuresRealisees)} />
        <Kpi label="Taux de réalisation" value={formatPercent(bilan.tauxRealisation == null ? null : bilan.tauxRealisation / 100, 1)} />
        <Kpi label="Heures restantes" value={formatNumber(bilan.heuresRestantes)} />
        <Kpi label="Personnes en contrat" value={formatNumber(bilan.public.total)} />
      </div>
    </>
  );
}

const Fact = ({ term, value }: { term: string; value: string }) => (
  <div>
    <dt>{term}</dt>
    <dd>{value}</dd>
  </div>
);

const Kpi = ({ label, value }: { label: string; value: string }) => (
  <div className="kpi">
    <div className="value">{value}</div>
    <div className="label">{label}</div>
  </div>
);
