import { DateScalar } from '@plie-hub/kit';
import { Directive, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Column } from 'typeorm';

export enum ModeRecueilConsentement {
  ECRIT_SIGNE = 'ECRIT_SIGNE',
  ORAL_TRACE = 'ORAL_TRACE',
  ELECTRONIQUE = 'ELECTRONIQUE',
}
registerEnumType(ModeRecueilConsentement, { name: 'ModeRecueilConsentement', description: 'Comment le consentement a été recueilli.' });

/** What the person agreed to share. */
export enum PerimetreConsentement {
  TRANSMISSION_PLIE = 'TRANSMISSION_PLIE',
  ECHANGES_PARTENAIRES_PARCOURS = 'ECHANGES_PARTENAIRES_PARCOURS',
  SUIVI_STATISTIQUE_FSE = 'SUIVI_STATISTIQUE_FSE',
}
registerEnumType(PerimetreConsentement, {
  name: 'PerimetreConsentement',
  valuesConfig: {
    TRANSMISSION_PLIE: { description: 'Transmission de la fiche au PLIE destinataire (obligatoire).' },
    ECHANGES_PARTENAIRES_PARCOURS: { description: 'Échanges entre les partenaires du parcours.' },
    SUIVI_STATISTIQUE_FSE: { description: 'Suivi des indicateurs FSE+ (données pseudonymisées).' },
  },
});

export class ConsentementColumns {
  @Column('date')
  recueilliLe: string;

  @Column('text')
  mode: ModeRecueilConsentement;

  @Column('text', { array: true })
  perimetre: PerimetreConsentement[];

  /** Separate consent for health and disability data (Article 9 RGPD): null when not given. */
  @Column('date', { nullable: true })
  santeRecueilliLe: string | null;
}

@Directive('@shareable')
@ObjectType('Consentement', { description: 'Consentement de la personne au partage de ses données.' })
export class Consentement {
  @Field(() => DateScalar)
  recueilliLe: string;

  @Field(() => ModeRecueilConsentement)
  mode: ModeRecueilConsentement;

  @Field(() => [PerimetreConsentement])
  perimetre: PerimetreConsentement[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Date du consentement distinct aux données de santé et de handicap ; absent = pas de consentement.',
  })
  santeRecueilliLe: string | null;
}

@InputType('ConsentementInput')
export class ConsentementInput {
  @Field(() => DateScalar, { description: 'Date du recueil, ni future ni antérieure de plus d’un an.' })
  recueilliLe: string;

  @Field(() => ModeRecueilConsentement)
  mode: ModeRecueilConsentement;

  @Field(() => [PerimetreConsentement], { description: 'Doit comprendre TRANSMISSION_PLIE.' })
  perimetre: PerimetreConsentement[];

  @Field(() => DateScalar, { nullable: true, description: 'Requis pour signaler une RQTH ou un frein santé.' })
  santeRecueilliLe?: string | null;
}
