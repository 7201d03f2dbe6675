import { addDays, today } from '@plie-hub/kit';
import {
  BadUserInputError,
  ConflictError,
  InputCheck,
  insertEntities,
  NotFoundError,
  type SubgraphContext,
} from '@plie-hub/kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ComplementEntity } from './complement';
import { StatutPrescription } from './enums';
import { checkFicheInput } from './fiche-check';
import { ficheColumns } from './fiche-columns';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { FichePrescriptionInput } from './fiche-prescription.input';
import type { PrescriptionPartner } from './partner';
import { PlieDestinataireEntity } from './plie-destinataire.entity';
import { assertOwner, assertPrescriber } from './prescription.access';

/** A transmitted fiche past its agreed delay reads as EXPIREE; the stored status stays TRANSMISE. */
export const isExpired = (fiche: Pick<FichePrescriptionEntity, 'statut' | 'expireLe'>, on = today()): boolean =>
  fiche.statut === StatutPrescription.TRANSMISE && !!fiche.expireLe && fiche.expireLe < on;

export const effectiveStatus = (fiche: Pick<FichePrescriptionEntity, 'statut' | 'expireLe'>): StatutPrescription =>
  isExpired(fiche) ? StatutPrescription.EXPIREE : fiche.statut;

export const isUniqueViolation = (error: unknown): boolean =>
  (error as { driverError?: { code?: string } })?.driverError?.code === '23505';

/**
 * The prescriber's side of a fiche: create (idempotent), edit a draft, transmit, cancel, complete a transmitted one.
 * Every change checks the input fully first, then runs in one transaction on a locked row with the version read.
 */
export class PrescriptionService<TEntity extends FichePrescriptionEntity, TInput extends FichePrescriptionInput> {
  constructor(private readonly partner: PrescriptionPartner<TEntity, TInput>) {}

  /** All checks of an input, including those against the destination PLIE; throws BAD_USER_INPUT listing every problem. */
  async check(manager: EntityManager, input: TInput, prefix = 'input'): Promise<void> {
    const plie = input.plieCode ? await manager.findOneBy(PlieDestinataireEntity, { code: input.plieCode, actif: true }) : null;
    const check = new InputCheck(prefix);
    this.checkWith(check, input, plie);
    check.done();
  }

  /** The same checks with the destination PLIE already loaded (bulk import checks thousands of rows this way). */
  checkWith(check: InputCheck, input: TInput, plie: PlieDestinataireEntity | null, on = today()): void {
    checkFicheInput(check, input, on);
    this.partner.checkSection(check, input, on);
    if (input.plieCode && !plie) {
      check.rule(false, 'plieCode', `Le PLIE « ${input.plieCode.slice(0, 30)} » n'est pas un destinataire conventionné de votre réseau.`);
    }
    if (plie && this.partner.checkWithPlie) this.partner.checkWithPlie(check, input, plie, on);
  }

  /** The entity of a new draft from a checked input. */
  newDraft(context: Pick<SubgraphContext, 'caller' | 'settings'>, input: TInput, cleIdempotence: string | null): TEntity {
    return {
      ...ficheColumns(input, context.settings.matchKey),
      ...this.partner.sectionColumns(input),
      id: randomUUID(),
      statut: StatutPrescription.BROUILLON,
      structureId: context.caller.org.id,
      auteurSub: context.caller.sub,
      cleIdempotence,
    } as unknown as TEntity;
  }

  async create(context: SubgraphContext, input: TInput, cleIdempotence: string | null): Promise<TEntity> {
    const { caller } = context;
    assertPrescriber(caller, this.partner);
    if (cleIdempotence !== null && (cleIdempotence.length === 0 || cleIdempotence.length > 100)) {
      throw new BadUserInputError({ field: 'cleIdempotence', message: "La clé d'idempotence doit faire de 1 à 100 caractères." });
    }
    const repository = context.db.getRepository(this.partner.entity);
    const existing = () => repository.findOneBy({ structureId: caller.org.id, cleIdempotence } as never);
    if (cleIdempotence) {
      const found = await existing();
      if (found) return found;
    }
    try {
      // No transaction: the PLIE read by the check and the one insert do not depend on each other (a PLIE closed in
      // between is caught at transmission), and BEGIN and COMMIT were two round trips more per fiche created. An
      // insert, not a save (which reads the new id back first to choose between insert and update); it returns what
      // the database sets (version, dates) into `draft`.
      const { manager } = context.db;
      await this.check(manager, input);
      const draft = manager.create(this.partner.entity, this.newDraft(context, input, cleIdempotence));
      await insertEntities(context.db, this.partner.entity, [draft]);
      return draft;
    } catch (error) {
      // Two retries of one creation raced: the unique index kept one; answer with it.
      if (cleIdempotence && isUniqueViolation(error)) {
        const found = await existing();
        if (found) return found;
      }
      throw error;
    }
  }

  update(context: SubgraphContext, id: string, version: number, input: TInput): Promise<TEntity> {
    return this.change(context, id, version, [StatutPrescription.BROUILLON], 'Seul un brouillon peut être modifié ; complétez plutôt la fiche transmise.', async (fiche, manager) => {
      await this.check(manager, input);
      Object.assign(fiche, ficheColumns(input, context.settings.matchKey), this.partner.sectionColumns(input));
    });
  }

  transmit(context: SubgraphContext, id: string, version: number): Promise<TEntity> {
    return this.change(context, id, version, [StatutPrescription.BROUILLON], 'Seul un brouillon peut être transmis.', async (fiche, manager) => {
      const plie = await manager.findOneBy(PlieDestinataireEntity, { code: fiche.plieCode, actif: true });
      if (!plie) throw new ConflictError(`Le PLIE ${fiche.plieCode} n'accepte plus de fiches de votre réseau : modifiez le destinataire.`);
      fiche.statut = StatutPrescription.TRANSMISE;
      fiche.transmiseLe = new Date();
      fiche.expireLe = addDays(today(), plie.delaiExpirationJours);
    });
  }

  cancel(context: SubgraphContext, id: string, version: number, motif: string): Promise<TEntity> {
    const check = new InputCheck();
    if (check.text('motif', motif, "Le motif d'annulation", { max: 500 })) {
      check.rule(motif.trim().length >= 5, 'motif', "Le motif d'annulation doit faire au moins 5 caractères.");
    }
    check.done();
    return this.change(context, id, version, [StatutPrescription.BROUILLON, StatutPrescription.TRANSMISE], 'Cette fiche est déjà annulée.', async (fiche) => {
      fiche.statut = StatutPrescription.ANNULEE;
      fiche.annuleeLe = new Date();
      fiche.motifAnnulation = motif.trim();
    });
  }

  async complete(context: SubgraphContext, id: string, texte: string): Promise<TEntity> {
    const check = new InputCheck();
    check.text('texte', texte, 'Le complément', { max: 2000 });
    check.done();
    return context.db.transaction(async (manager) => {
      const fiche = await this.lock(manager, id);
      assertOwner(context.caller, this.partner, fiche);
      if (fiche.statut !== StatutPrescription.TRANSMISE || isExpired(fiche)) {
        throw new ConflictError('Seule une fiche transmise et non expirée peut être complétée ; un brouillon se modifie directement.');
      }
      await manager.insert(ComplementEntity, { id: randomUUID(), prescriptionId: id, texte: texte.trim(), auteurSub: context.caller.sub });
      // Bump the version: readers holding the old one must see that the fiche changed.
      fiche.modifieLe = new Date();
      return manager.save(fiche);
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<TEntity> {
    const fiche = /^[0-9a-f-]{36}$/i.test(id)
      ? await manager.findOne(this.partner.entity, { where: { id } as never, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!fiche) throw new NotFoundError(`Aucune fiche de prescription ${this.partner.suffix} n'a l'identifiant ${id.slice(0, 40)}.`);
    return fiche;
  }

  private change(
    context: SubgraphContext,
    id: string,
    version: number,
    allowed: StatutPrescription[],
    refusal: string,
    apply: (fiche: TEntity, manager: EntityManager) => Promise<void>,
  ): Promise<TEntity> {
    return context.db.transaction(async (manager) => {
      const fiche = await this.lock(manager, id);
      assertOwner(context.caller, this.partner, fiche);
      if (fiche.version !== version) {
        throw new ConflictError(`La fiche a été modifiée entre-temps (version ${fiche.version}, vous aviez la ${version}) : rechargez-la.`);
      }
      if (!allowed.includes(fiche.statut)) {
        throw new ConflictError(`${refusal} (statut actuel : ${fiche.statut.toLowerCase()}).`);
      }
      await apply(fiche, manager);
      return manager.save(fiche);
    });
  }
}
