import { useRef, useState } from 'react';
import { graphql } from '../../api/graphql';
import { navigate, Page } from '../../ui/page';
import { useSession } from '../../ui/session-context';
import { asApiError, useMutation } from '../../ui/use-api';
import { FicheFormView, FormErrorSummary } from './fiche-form';
import { emptyForm, newIdempotencyKey, toInput, type FicheForm } from './fiche-model';
import { flash } from './flash';
import { usePartner, UnknownPartner } from './use-partner';
import type { Partner } from './partners';

interface Created {
  fiche: { id: string; statut: string; version: number };
}

export function NouvelleFiche() {
  const partner = usePartner();
  if (!partner) return <UnknownPartner title="Nouvelle fiche de prescription" />;
  return <NouvelleFichePartenaire partner={partner} />;
}

function NouvelleFichePartenaire({ partner }: { partner: Partner }) {
  const [form, setForm] = useState<FicheForm>(() => emptyForm(partner));
  // One key per fiche being written: kept across failed attempts (nothing was created), so retries stay one fiche.
  const cle = useRef(newIdempotencyKey());
  const creer = useMutation<{ input: Record<string, unknown>; cle: string }, Created>(partner.documents.creer);
  const session = useSession();
  const [transmitting, setTransmitting] = useState(false);
  const pending = creer.pending || transmitting;
  // A second click can land before the buttons are disabled: one submission at a time, whatever the render.
  const busy = useRef(false);

  const submit = async (action: string) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await save(action);
    } finally {
      busy.current = false;
    }
  };

  const save = async (action: string) => {
    const created = await creer.run({ input: toInput(partner, form), cle: cle.current });
    if (!created) return;
    if (action !== 'transmettre') {
      flash(`Brouillon enregistré pour ${form.personne.prenoms} ${form.personne.nomNaissance}.`);
      navigate('fiche', created.fiche.id);
      return;
    }
    setTransmitting(true);
    try {
      await graphql<Created>(session, partner.documents.transmettre, { id: created.fiche.id, version: created.fiche.version });
      flash(`Fiche transmise au PLIE pour ${form.personne.prenoms} ${form.personne.nomNaissance}.`);
    } catch (error) {
      // The draft exists: say so plainly, and open it so the prescriber can transmit once the cause is fixed.
      flash(`Le brouillon est enregistré mais n’a pas été transmis : ${asApiError(error).message}`, 'warning');
    } finally {
      setTransmitting(false);
    }
    navigate('fiche', created.fiche.id);
  };

  return (
    <Page title="Nouvelle fiche de prescription" actions={<a href="#/import-fiches">Importer un fichier CSV</a>}>
      <p className="prescripteur-intro">
        Fiche {partner.label} : la partie commune décrit la personne et sa situation, la dernière section est propre à votre réseau. Les champs marqués
        d’un astérisque sont obligatoires.
      </p>
      <FormErrorSummary partner={partner} error={creer.error} title="La fiche n’a pas été enregistrée" />
      <FicheFormView
        partner={partner}
        value={form}
        onChange={setForm}
        error={creer.error}
        onSubmit={submit}
        actions={
          <>
            <button type="submit" value="brouillon" className="secondary" disabled={pending}>
              Enregistrer le brouillon
            </button>
            <button type="submit" value="transmettre" disabled={pending}>
              Enregistrer et transmettre
            </button>
            {pending && (
              <span role="status" className="loading">
                Enregistrement en cours…
              </span>
            )}
          </>
        }
      />
    </Page>
  );
}
