import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  InputCheck,
  isIsoDate,
  NotFoundError,
  paginate,
  type SubgraphContext,
} from '@plie-hub/kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { StatutPrescription } from './enums';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { FichePrescriptionInput } from './fiche-prescription.input';
import type { PrescriptionPartner } from './partner';
import { PlieDestinataireEntity } from './plie-destinataire.entity';
import { assertCanRead, assertOwner, assertPrescriber, isPrescriberOf } from './prescription.access';

const today = () => new Date().toISOString().slice(0, 10);

function yearsBetween(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The checks of the common part of a fiche; the partner adds its section's. */
export function checkFicheInput(check: InputCheck, input: FichePrescriptionInput): void {
  const now = today();
  check.text('plieCode', input.plieCode, 'Le PLIE destinataire', { max: 30 });
  const personne = check.nested('personne');
  personne.text('nomNaissance', input.personne.nomNaissance, 'Le nom de naissance', { max: 100 });
  personne.text('nomUsage', input.personne.nomUsage, "Le nom d'usage", { max: 100, required: false });
  personne.text('prenoms', input.personne.prenoms, 'Le prénom', { max: 150 });
  const birth = input.personne.dateNaissance;
  if (personne.rule(isIsoDate(birth), 'dateNaissance', 'La date de naissance est invalide.')) {
    if (personne.rule(birth <= now, 'dateNaissance', 'La date de naissance ne peut pas être dans le futur.')) {
      personne.rule(yearsBetween(birth, now) >= 16, 'dateNaissance', 'La personne doit avoir au moins 16 ans.');
      personne.rule(yearsBetween(birth, now) <= 100, 'dateNaissance', 'La date de naissance est invraisemblable (plus de 100 ans).');
    }
  }
  check.text('objectif', input.objectif, "L'objectif de la prescription", { max: 2000 });
  check.rule((input.objectif ?? '').trim().length >= 20 || !input.objectif?.trim(), 'objectif', "L'objectif de la prescription doit faire au moins 20 caractères.");
  const consentement = check.nested('consentement');
  const given = input.consentement.recueilliLe;
  if (consentement.rule(isIsoDate(given), 'recueilliLe', 'La date de recueil du consentement est invalide.')) {
    consentement.rule(given <= now, 'recueilliLe', 'La date de recueil du consentement ne peut pas être dans le futur.');
    consentement.rule(given >= daysBefore(now, 365), 'recueilliLe', 'Le consentement date de plus d’un an : recueillez-le à nouveau.');
  }
}

export class PrescriptionService<TEntity extends FichePrescriptionEntity, TInput extends FichePrescriptionInput> {
  constructor(private readonly partner: PrescriptionPartner<TEntity, TInput>) {}

  async create(context: SubgraphContext, input: TInput, cleIdempotence: string | null): Promise<TEntity> {
    const { caller } = context;
    assertPrescriber(caller, this.partner);
    const check = new InputCheck('input');
    checkFicheInput(check, input);
    this.partner.checkSection(check, input);
    new InputCheck('', check.problems).text('cleIdempotence', cleIdempotence, "La clé d'idempotence", { max: 100, required: false });
    check.done();

    const repository = context.db.getRepository(this.partner.entity);
    if (cleIdempotence) {
      const existing = await repository.findOneBy({ structureId: caller.org.id, cleIdempotence } as never);
      if (existing) return existing;
    }
    try {
      return await context.db.transaction(async (manager) => {
        await this.assertPlieDestinataire(manager, input.plieCode);
        const fiche = manager.create(this.partner.entity, {
          ...this.partner.sectionColumns(input),
          id: randomUUID(),
          plieCode: input.plieCode,
          statut: StatutPrescription.BROUILLON,
          structureId: caller.org.id,
          auteurSub: caller.sub,
          personne: {
            nomNaissance: input.personne.nomNaissance.trim(),
            nomUsage: input.personne.nomUsage?.trim() || null,
            prenoms: input.personne.prenoms.trim(),
            sexe: input.personne.sexe,
            dateNaissance: input.personne.dateNaissance,
          },
          objectif: input.objectif.trim(),
          consentement: { recueilliLe: input.consentement.recueilliLe, mode: input.consentement.mode },
          cleIdempotence,
          transmiseLe: null,
        } as unknown as TEntity);
        return manager.save(fiche);
      });
    } catch (error) {
      // Two retries of one creation raced: the unique index kept one; answer with it.
      if (cleIdempotence && isUniqueViolation(error)) {
        const existing = await repository.findOneBy({ structureId: caller.org.id, cleIdempotence } as never);
        if (existing) return existing;
      }
      throw error;
    }
  }

  async get(context: SubgraphContext, fiche: TEntity | null, id: string): Promise<TEntity> {
    if (!fiche) throw new NotFoundError(`Aucune fiche de prescription ${this.partner.suffix} n'a l'identifiant ${id}.`);
    assertCanRead(context.caller, this.partner, fiche);
    return fiche;
  }

  list(context: SubgraphContext, args: { first: number; after?: string | null }, filtre: { statut?: StatutPrescription | null; plieCode?: string | null }) {
    const { caller } = context;
    const query = context.db.getRepository(this.partner.entity).createQueryBuilder('f');
    if (isPrescriberOf(caller, this.partner)) {
      query.where('f.structureId = :structure', { structure: caller.org.id });
    } else if (caller.roles.includes('COORDINATION_PLIE') && caller.plies.length > 0) {
      query.where('f.plieCode IN (:...plies)', { plies: caller.plies }).andWhere('f.statut <> :brouillon', { brouillon: StatutPrescription.BROUILLON });
    } else {
      throw new ForbiddenError('Les fiches de prescription ne sont accessibles qu’aux prescripteurs et à la coordination du PLIE destinataire.');
    }
    if (filtre.statut) query.andWhere('f.statut = :statut', { statut: filtre.statut });
    if (filtre.plieCode) query.andWhere('f.plieCode = :plieCode', { plieCode: filtre.plieCode });
    return paginate(query, args, [
      { column: 'f.creeLe', value: (f) => f.creeLe, direction: 'DESC' },
      { column: 'f.id', value: (f) => f.id, direction: 'DESC' },
    ]);
  }

  async transmit(context: SubgraphContext, id: string, version: number): Promise<TEntity> {
    return context.db.transaction(async (manager) => {
      const fiche = await manager.findOne(this.partner.entity, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
      if (!fiche) throw new NotFoundError(`Aucune fiche de prescription ${this.partner.suffix} n'a l'identifiant ${id}.`);
      assertOwner(context.caller, this.partner, fiche);
      if (fiche.version !== version) {
        throw new ConflictError(`La fiche a été modifiée entre-temps (version ${fiche.version}, vous aviez la ${version}) : rechargez-la.`);
      }
      if (fiche.statut !== StatutPrescription.BROUILLON) {
        throw new ConflictError(`Seul un brouillon peut être transmis ; cette fiche est ${fiche.statut.toLowerCase()}.`);
      }
      fiche.statut = StatutPrescription.TRANSMISE;
      fiche.transmiseLe = new Date();
      return manager.save(fiche);
    });
  }

  private async assertPlieDestinataire(manager: EntityManager, code: string): Promise<void> {
    const plie = await manager.findOneBy(PlieDestinataireEntity, { code, actif: true });
    if (!plie) {
      throw new BadUserInputError({
        field: 'input.plieCode',
        message: `Le PLIE « ${code.slice(0, 30)} » n'est pas un destinataire connu de votre réseau (plieCode).`,
      });
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { driverError?: { code?: string } })?.driverError?.code === '23505';
}
