import { InputCheck, isIsoDate } from '@plie-hub/kit';
import { ModeRecueilConsentement, PerimetreConsentement } from '../consentement';
import { isoFromFrench } from './french-date';
import { GroupeNationalite, MinimaSociaux, NiveauFormation, Sexe, SituationLogement, TypeFrein } from '../enums';
import type { FichePrescriptionInput } from '../fiche-prescription.input';
import type { CsvColumn } from '../partner';

/** The common columns of the import file, in the order of the template. */
export const COMMON_COLUMNS = [
  'plie_code', 'agent_nom', 'agent_contact', 'nom_naissance', 'nom_usage', 'prenoms', 'sexe', 'date_naissance',
  'commune_insee', 'qpv', 'telephone', 'email', 'inscrit_france_travail', 'inscrit_depuis', 'minima_sociaux', 'rqth',
  'niveau_formation', 'nationalite', 'logement', 'freins', 'objectif', 'urgent', 'rencontre_prealable',
  'message_referent', 'consentement_date', 'consentement_mode', 'consentement_perimetre', 'consentement_sante_date',
] as const;

const TRUE = new Set(['oui', 'o', 'x', '1', 'true', 'vrai', 'yes']);
const FALSE = new Set(['non', 'n', '0', 'false', 'faux', 'no', '']);

/** Reads one row into the GraphQL input shape; format problems (dates, yes/no, lists) go to `check`. */
export class RowReader {
  constructor(
    private readonly cells: Map<string, string>,
    private readonly check: InputCheck,
  ) {}

  text(column: string): string {
    return (this.cells.get(column) ?? '').trim();
  }

  optional(column: string): string | null {
    return this.text(column) || null;
  }

  date(column: string, required = true): string | null {
    const raw = this.text(column);
    if (!raw) {
      if (required) this.check.rule(false, column, `La colonne ${column} est obligatoire (date AAAA-MM-JJ ou JJ/MM/AAAA).`);
      return null;
    }
    const iso = isoFromFrench(raw);
    this.check.rule(isIsoDate(iso), column, `La colonne ${column} doit être une date AAAA-MM-JJ ou JJ/MM/AAAA.`);
    return iso;
  }

  boolean(column: string): boolean {
    const raw = this.text(column).toLowerCase();
    if (TRUE.has(raw)) return true;
    this.check.rule(FALSE.has(raw), column, `La colonne ${column} doit valoir oui ou non.`);
    return false;
  }

  choice<T extends string>(column: string, values: Record<string, T>, aliases: Record<string, T> = {}): T {
    const raw = this.text(column).toUpperCase().replace(/[\s-]+/g, '_');
    const value = (Object.values(values) as string[]).includes(raw) ? (raw as T) : aliases[raw];
    this.check.rule(!!value, column, `La colonne ${column} doit valoir l'un de : ${Object.values(values).join(', ')}.`);
    return value ?? (Object.values(values)[0] as T);
  }

  list<T extends string>(column: string, values: Record<string, T>): T[] {
    const items = this.text(column).split(/[|,]/).map((item) => item.trim().toUpperCase().replace(/[\s-]+/g, '_')).filter(Boolean);
    const unknown = items.filter((item) => !(Object.values(values) as string[]).includes(item));
    this.check.rule(unknown.length === 0, column, `La colonne ${column} contient des valeurs inconnues (${unknown.join(', ').slice(0, 60)}) ; valeurs possibles : ${Object.values(values).join(', ')}.`);
    return items.filter((item) => !unknown.includes(item)) as T[];
  }

  /** The partner section, from its declared columns. */
  section(columns: CsvColumn[]): Record<string, unknown> {
    const section: Record<string, unknown> = {};
    for (const column of columns) {
      const kind = column.kind ?? 'text';
      section[column.field] =
        kind === 'date'
          ? this.date(column.header, column.required ?? true)
          : kind === 'boolean'
            ? this.boolean(column.header)
            : kind === 'integer'
              ? Number(this.text(column.header))
              : column.required === false
                ? this.optional(column.header)
                : this.text(column.header);
    }
    return section;
  }

  fiche(sectionKey: string, sectionColumns: CsvColumn[]): FichePrescriptionInput {
    return {
      plieCode: this.text('plie_code').toUpperCase(),
      prescripteur: { agentNom: this.text('agent_nom'), agentContact: this.text('agent_contact') },
      personne: {
        nomNaissance: this.text('nom_naissance'),
        nomUsage: this.optional('nom_usage'),
        prenoms: this.text('prenoms'),
        sexe: this.choice('sexe', Sexe, { F: Sexe.FEMME, H: Sexe.HOMME, M: Sexe.HOMME }),
        dateNaissance: this.date('date_naissance') ?? '',
        communeInsee: this.text('commune_insee'),
        residentQpv: this.boolean('qpv'),
        telephone: this.optional('telephone'),
        email: this.optional('email'),
      },
      situation: {
        inscritFranceTravail: this.boolean('inscrit_france_travail'),
        inscritDepuis: this.date('inscrit_depuis', false),
        minimaSociaux: this.text('minima_sociaux') ? this.choice('minima_sociaux', MinimaSociaux) : MinimaSociaux.AUCUN,
        rqth: this.boolean('rqth'),
        niveauFormation: this.choice('niveau_formation', NiveauFormation),
        nationalite: this.choice('nationalite', GroupeNationalite, { FR: GroupeNationalite.FRANCAISE, UE: GroupeNationalite.UNION_EUROPEENNE, HORS_UE: GroupeNationalite.HORS_UNION_EUROPEENNE }),
        logement: this.choice('logement', SituationLogement),
      },
      freins: this.list('freins', TypeFrein).map((type) => ({ type, note: null })),
      objectif: this.text('objectif'),
      urgent: this.boolean('urgent'),
      souhaitRencontrePrealable: this.boolean('rencontre_prealable'),
      messageReferent: this.optional('message_referent'),
      consentement: {
        recueilliLe: this.date('consentement_date') ?? '',
        mode: this.choice('consentement_mode', ModeRecueilConsentement),
        perimetre: this.text('consentement_perimetre')
          ? this.list('consentement_perimetre', PerimetreConsentement)
          : [PerimetreConsentement.TRANSMISSION_PLIE],
        santeRecueilliLe: this.date('consentement_sante_date', false),
      },
      [sectionKey]: this.section(sectionColumns),
    } as FichePrescriptionInput;
  }
}
