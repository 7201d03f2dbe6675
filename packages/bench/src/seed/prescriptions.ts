import { normaliseName, personMatchKey } from '@plie-hub/auth';
import { demoPerson } from '@plie-hub/demo';
import { DEMO_OBJECTIFS } from '@plie-hub/prescription';
import type { PlieRef, SeedContext } from './context';
import { addMonthsDay, idStream, instantOf, isoOf, pad, type Random, slug, yearsBetween } from './util';
import { PARTNERS, type Organisation } from './volumes';
import type { Row } from './writer';

/** What the parcours part needs of a fiche: its PLIE, dates, person and situation. */
export interface Fiche {
  id: string;
  organisation: Organisation;
  plie: PlieRef;
  statut: 'BROUILLON' | 'TRANSMISE' | 'ANNULEE';
  creeDay: number;
  transmiseDay: number | null;
  personne: {
    nomNaissance: string;
    nomUsage: string | null;
    prenoms: string;
    sexe: 'FEMME' | 'HOMME';
    dateNaissance: string;
    communeInsee: string;
    residentQpv: boolean;
  };
  cleRapprochement: string;
  situation: {
    inscritFranceTravail: boolean;
    inscritDepuis: string | null;
    minimaSociaux: 'AUCUN' | 'RSA' | 'ASS';
    rqth: boolean;
    niveauFormation: string;
    nationalite: string;
    logement: string;
  };
  /** A fiche of the same person by an earlier partner: the PLIE finds them already accompanied. */
  duplicateOf: Fiche | null;
}

export interface PrescriptionsPart {
  fiches: Fiche[];
  /** Per partner subgraph: its tables' rows in insertion order. */
  tables: Map<string, Array<[string, Row[]]>>;
}

const OBJECTIFS = [
  ...DEMO_OBJECTIFS,
  'Remobilisation après une période d’inactivité ; projet à construire dans le bâtiment ou la logistique.',
  'Accéder à un premier emploi stable ; besoin d’un appui sur les démarches et la mobilité.',
];
const MESSAGES = [
  'La personne est disponible le matin uniquement (garde d’enfants).',
  'Personne très motivée, a déjà travaillé dans l’aide à domicile.',
  'Prévoir un interprète pour le premier rendez-vous.',
  'Pas de véhicule : privilégier un rendez-vous en centre-ville.',
];
const MOTIFS_ANNULATION = ['La personne a retrouvé un emploi.', 'La personne a déménagé hors du territoire.', 'Fiche saisie en double.', 'La personne ne souhaite plus être accompagnée.'];
const COMPLEMENTS = [
  'La personne a obtenu son permis B depuis la transmission.',
  'Nouvelle adresse communiquée par la personne.',
  'La personne a commencé une formation courte (2 semaines), disponible ensuite.',
  'Précision : reconnaissance de travailleur handicapé en cours d’instruction.',
];
const FREINS = ['NUMERIQUE', 'SANTE', 'MOBILITE', 'FINANCES', 'FAMILLE_GARDE_ENFANTS', 'SAVOIRS_DE_BASE', 'ADMINISTRATIF_JURIDIQUE', 'LOGEMENT', 'FRANCAIS_FLE'] as const;
const CONSEILLERS: Record<Organisation, string[]> = {
  FRANCE_TRAVAIL: ['Sophie Laborde', 'Karim Haddad', 'Julie Morel', 'Thomas Girard', 'Nadia Traoré', 'Pierre Etcheverry'],
  DEPARTEMENT: ['Claire Fontaine', 'Marc Delmas', 'Inès Benali', 'Hélène Dupont', 'Youssef Mercier'],
  MISSION_LOCALE: ['Camille Roux', 'Yanis Benali', 'Léa Fontaine', 'Hugo Lambert', 'Manon Garnier'],
};
const REFERENTS_RSA = ['Nadia Benali', 'Pierre Delmas', 'Claire Fontaine', 'Sandrine Morin', 'Alain Perrin'];

const weighted = <T>(random: Random, entries: ReadonlyArray<readonly [T, number]>) => random.weighted(entries);

/**
 * The fiches of the three prescribing partners, on the demo structures of each PLIE's territory, over the four
 * years: drafts, transmitted fiches (with their expiry date) and cancelled ones, with identities whose match key is
 * computed as the hub computes it. A few people are prescribed by two partners (the hub's rapprochement).
 */
export function generatePrescriptions(ctx: SeedContext, pickPlie: (random: Random) => PlieRef): PrescriptionsPart {
  const { today, start } = ctx;
  const fiches: Fiche[] = [];
  const tables = new Map<string, Array<[string, Row[]]>>();
  const ftByPlie = new Map<string, Fiche[]>();
  PARTNERS.forEach((partner, p) => {
    const random = ctx.random(`prescriptions:${partner.organisation}`);
    const nextId = idStream(`seed:${ctx.seed}:prescription:${partner.organisation}`);
    const nextComplement = idStream(`seed:${ctx.seed}:complement:${partner.organisation}`);
    const rows: Row[] = [];
    const complements: Row[] = [];
    const count = ctx.volumes.prescriptionsParPartenaire[p]!;
    for (let n = 0; n < count; n += 1) {
      const plie = pickPlie(random);
      const id = nextId();
      const creeDay = random.int(start - 45, today);
      const cree = isoOf(creeDay);
      const creeMinutes = random.int(8 * 60, 18 * 60);
      const recent = today - creeDay < 3;
      const statut: Fiche['statut'] = recent
        ? random.chance(0.6) ? 'BROUILLON' : 'TRANSMISE'
        : weighted(random, [['TRANSMISE', 88], ['BROUILLON', 5], ['ANNULEE', 7]] as const);
      const transmiseDay = statut === 'BROUILLON' ? null : Math.min(today, creeDay + random.int(0, 2));
      const original = partner.organisation === 'DEPARTEMENT' && random.chance(0.05) ? pickOriginal(ftByPlie.get(plie.code), random, creeDay) : null;

      const young = partner.organisation === 'MISSION_LOCALE';
      const cYear = Number(cree.slice(0, 4));
      const person = original
        ? { nom: original.personne.nomNaissance, prenom: original.personne.prenoms, sexe: original.personne.sexe, dateNaissance: original.personne.dateNaissance }
        : demoPerson(`seed:${ctx.seed}:personne:${partner.organisation}:${n}`, young ? [cYear - 25, cYear - 17] : [1962, cYear - 19]);
      let dateNaissance = person.dateNaissance;
      const rqth = random.chance(young ? 0.04 : 0.06);
      // A Mission Locale fiche is for a young person within the PLIE's age rule (25, 29 with a RQTH).
      if (young && yearsBetween(dateNaissance, cree) > (rqth ? 29 : 25)) dateNaissance = `${Number(dateNaissance.slice(0, 4)) + 1}${dateNaissance.slice(4)}`;
      const nomUsage = !original && person.sexe === 'FEMME' && !young && random.chance(0.15) ? demoPerson(`seed:${ctx.seed}:usage:${partner.organisation}:${n}`).nom : null;
      const personne = {
        nomNaissance: person.nom,
        nomUsage: original ? original.personne.nomUsage : nomUsage,
        prenoms: person.prenom,
        sexe: person.sexe,
        dateNaissance,
        communeInsee: original ? original.personne.communeInsee : random.pick(plie.communes),
        residentQpv: original ? original.personne.residentQpv : random.chance(0.3),
      };
      const minima = partner.organisation === 'DEPARTEMENT' ? 'RSA' : young ? (random.chance(0.03) ? 'RSA' : 'AUCUN') : weighted(random, [['AUCUN', 60], ['RSA', 30], ['ASS', 10]] as const);
      const inscrit = partner.organisation === 'FRANCE_TRAVAIL' ? true : random.chance(young ? 0.6 : 0.55);
      const inscritDepuis = inscrit ? isoOf(creeDay - (young ? random.int(20, 500) : random.int(60, 1500))) : null;
      const situation: Fiche['situation'] = {
        inscritFranceTravail: inscrit,
        inscritDepuis,
        minimaSociaux: minima,
        rqth,
        niveauFormation: weighted(random, [['INFRA_3', 30], ['NIVEAU_3', 30], ['NIVEAU_4', 25], ['NIVEAU_5', 10], ['NIVEAU_6_ET_PLUS', 5]] as const),
        nationalite: weighted(random, [['FRANCAISE', 80], ['UNION_EUROPEENNE', 5], ['HORS_UNION_EUROPEENNE', 15]] as const),
        logement: weighted(random, [['LOGEMENT_AUTONOME', 70], ['HEBERGE_TIERS', 18], ['HEBERGEMENT_TEMPORAIRE', 9], ['SANS_DOMICILE', 3]] as const),
      };
      const freins = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(FREINS)))];
      const conseiller = random.pick(CONSEILLERS[partner.organisation]);
      const agent = CONSEILLERS[partner.organisation].indexOf(conseiller);
      const cleRapprochement = personMatchKey(ctx.matchKey, personne);
      const perimetre = ['TRANSMISSION_PLIE', ...(random.chance(0.6) ? ['SUIVI_STATISTIQUE_FSE'] : []), ...(random.chance(0.4) ? ['ECHANGES_PARTENAIRES_PARCOURS'] : [])];
      const annuleeDay = statut === 'ANNULEE' ? Math.min(today, transmiseDay! + random.int(5, 40)) : null;
      const transmiseMinutes = random.int(8 * 60, 18 * 60);
      const delai = plie.prescription[partner.organisation].delaiExpirationJours;
      const email = random.chance(0.4) ? `${slug(person.prenom)}.${slug(person.nom)}${n % 97}@example.org` : null;
      const row: Row = {
        id,
        plie_code: plie.code,
        statut,
        structure_id: plie.prescription[partner.organisation].structureId,
        auteur_sub: `gen-${partner.organisation.toLowerCase().replace(/_/g, '-')}-${plie.code.toLowerCase()}-${agent}`,
        prescripteur_agent_nom: conseiller,
        prescripteur_agent_contact: `${slug(conseiller)}@example.org`,
        personne_nom_naissance: personne.nomNaissance,
        personne_nom_usage: personne.nomUsage,
        personne_prenoms: personne.prenoms,
        personne_sexe: personne.sexe,
        personne_date_naissance: personne.dateNaissance,
        personne_commune_insee: personne.communeInsee,
        personne_resident_qpv: personne.residentQpv,
        personne_telephone: random.chance(0.75) ? `0${random.pick([6, 7])}${pad(random.int(0, 99_999_999), 8)}` : null,
        personne_email: email,
        situation_inscrit_france_travail: inscrit,
        situation_inscrit_depuis: inscritDepuis,
        situation_minima_sociaux: minima,
        situation_rqth: rqth,
        situation_niveau_formation: situation.niveauFormation,
        situation_nationalite: situation.nationalite,
        situation_logement: situation.logement,
        freins: freins.map((type) => ({ type, note: null })),
        objectif: random.pick(OBJECTIFS),
        urgent: random.chance(0.1),
        souhait_rencontre_prealable: random.chance(0.3),
        message_referent: random.chance(0.15) ? random.pick(MESSAGES) : null,
        consentement_recueilli_le: cree,
        consentement_mode: weighted(random, [['ECRIT_SIGNE', 60], ['ORAL_TRACE', 25], ['ELECTRONIQUE', 15]] as const),
        consentement_perimetre: perimetre,
        // Health is Article 9 data: a SANTE frein comes with its separate consent.
        consentement_sante_recueilli_le: freins.includes('SANTE') ? cree : null,
        cle_rapprochement: cleRapprochement,
        recherche_nom: normaliseName(`${personne.nomNaissance} ${personne.nomUsage ?? ''} ${personne.prenoms}`).toLowerCase(),
        cle_idempotence: null,
        transmise_le: transmiseDay === null ? null : instantOf(transmiseDay, transmiseMinutes),
        expire_le: transmiseDay === null ? null : isoOf(transmiseDay + delai),
        annulee_le: annuleeDay === null ? null : instantOf(annuleeDay, random.int(8 * 60, 18 * 60)),
        motif_annulation: annuleeDay === null ? null : random.pick(MOTIFS_ANNULATION),
        version: statut === 'BROUILLON' ? 1 : statut === 'TRANSMISE' ? 2 : 3,
        cree_le: instantOf(creeDay, creeMinutes),
        modifie_le: annuleeDay !== null ? instantOf(annuleeDay, 18 * 60) : transmiseDay !== null ? instantOf(transmiseDay, transmiseMinutes) : instantOf(creeDay, creeMinutes),
        ...section(partner.organisation, random, creeDay, n, plie, situation),
      };
      rows.push(row);
      const fiche: Fiche = { id, organisation: partner.organisation, plie, statut, creeDay, transmiseDay, personne, cleRapprochement, situation, duplicateOf: original };
      fiches.push(fiche);
      if (partner.organisation === 'FRANCE_TRAVAIL') {
        const list = ftByPlie.get(plie.code);
        if (list) list.push(fiche);
        else ftByPlie.set(plie.code, [fiche]);
      }
      if (statut === 'TRANSMISE' && random.chance(0.04) && transmiseDay! < today) {
        const day = Math.min(today, transmiseDay! + random.int(1, 20));
        complements.push({ id: nextComplement(), prescription_id: id, texte: random.pick(COMPLEMENTS), auteur_sub: row.auteur_sub, cree_le: instantOf(day, random.int(8 * 60, 18 * 60)) });
      }
    }
    tables.set(partner.subgraph, [
      ['prescription', rows],
      ['prescription_complement', complements],
    ]);
  });
  return { fiches, tables };
}

/** An earlier France Travail fiche of the same PLIE, for a person the Département prescribes again. */
function pickOriginal(candidates: Fiche[] | undefined, random: Random, before: number): Fiche | null {
  if (!candidates?.length) return null;
  const fiche = random.pick(candidates);
  return fiche.creeDay < before && !fiche.duplicateOf ? fiche : null;
}

/** The partner's own columns, valid for its checks (identifier formats, RSA dates, young people's schemes). */
function section(organisation: Organisation, random: Random, creeDay: number, n: number, plie: PlieRef, situation: Fiche['situation']): Row {
  const departement = plie.communes[0]!.slice(0, 2);
  if (organisation === 'FRANCE_TRAVAIL') {
    return {
      identifiant_france_travail: `${pad(random.int(0, 9_999_999), 7)}${random.pick([...'0123456789ABCDEFGHJKLMNPRSTUVWXYZ'])}`,
      categorie_demandeur: weighted(random, [['A', 70], ['B', 12], ['C', 8], ['D', 5], ['E', 5]] as const),
      date_inscription: situation.inscritDepuis,
      agence_code: `${departement}${pad(100 + (n % 7) * 13 + plie.code.length, 3)}`,
      conseiller: random.pick(CONSEILLERS.FRANCE_TRAVAIL),
      modalite_accompagnement: weighted(random, [['RENFORCE', 50], ['GLOBAL', 25], ['GUIDE', 15], ['SUIVI', 10]] as const),
    };
  }
  if (organisation === 'DEPARTEMENT') {
    const msa = random.chance(0.1);
    const cerEnCours = random.chance(0.5);
    return {
      organisme_payeur: msa ? 'MSA' : 'CAF',
      numero_allocataire: msa ? String(random.int(100_000_000, 9_999_999_999)) : pad(random.int(1_000_000, 9_999_999), 7),
      date_ouverture_droit_rsa: isoOf(creeDay - random.int(90, 2500)),
      soumis_droits_et_devoirs: random.chance(0.95),
      orientation: weighted(random, [['PROFESSIONNELLE', 60], ['SOCIO_PROFESSIONNELLE', 35], ['SOCIALE', 5]] as const),
      referent_unique_rsa: random.pick(REFERENTS_RSA),
      cer_en_cours: cerEnCours,
      cer_date_fin: cerEnCours ? isoOf(addMonthsDay(creeDay, random.int(2, 12))) : null,
      service_territorial: `Maison départementale de la solidarité — ${plie.nom.replace(/^PLIE (de |du |des |de l'|de l’)?/, '')}`,
    };
  }
  return {
    identifiant_imilo: String(random.int(100_000, 99_999_999)),
    dispositif: weighted(random, [['CEJ', 55], ['PACEA', 35], ['AUTRE', 10]] as const),
    date_entree_dispositif: isoOf(creeDay - random.int(10, 400)),
    conseiller: random.pick(CONSEILLERS.MISSION_LOCALE),
  };
}
