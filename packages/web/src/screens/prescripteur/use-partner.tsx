import { Page } from '../../ui/page';
import { useSession } from '../../ui/session-context';
import { partnerOf, type Partner } from './partners';

/** The signed-in prescriber's partner network, from the token's organisation (never chosen on screen). */
export function usePartner(): Partner | null {
  return partnerOf(useSession().caller.org.type);
}

export function UnknownPartner({ title }: { title: string }) {
  const { caller } = useSession();
  return (
    <Page title={title}>
      <p role="status">
        Votre organisation ({caller.org.type}) n’a pas encore de fiche de prescription dans le hub : seuls France Travail, les Départements et les
        Missions Locales prescrivent pour l’instant.
      </p>
    </Page>
  );
}
