import { Montant } from '@plie-hub/kit';
import { describe, expect, it } from 'vitest';
import { checkPlan, computePlan, type OptionCouts, type PlanLignes } from './plan-rules';

const m = (value: string) => Montant.parse(value);
const VINGT_HORS_PRESTATIONS: OptionCouts = { code: 'OCS-20', taux: '20', base: ['PERSONNEL', 'FONCTIONNEMENT', 'PARTICIPANTS'], remplaceAutresCouts: false };
const QUINZE_PERSONNEL: OptionCouts = { code: 'OCS-15', taux: '15', base: ['PERSONNEL'], remplaceAutresCouts: false };

const plan = (option: OptionCouts | null, fse: string, autres: string): PlanLignes => ({
  option,
  lignes: [
    { categorie: 'PERSONNEL', montant: m('45000') },
    { categorie: 'FONCTIONNEMENT', montant: m('3000') },
    { categorie: 'PRESTATIONS', montant: m('2000.01') },
  ],
  ressources: [
    { financeur: 'FSE', montant: m(fse) },
    { financeur: 'EPCI_COMMUNE', montant: m(autres) },
  ],
});

describe('plan de financement', () => {
  it('computes indirect costs from the 20 %-of-direct-costs-excluding-prestations option', () => {
    const c = computePlan(plan(VINGT_HORS_PRESTATIONS, '30000', '29600.01'));
    expect(c.coutsDirects.toString()).toBe('50000.01');
    expect(c.baseCoutsIndirects.toString()).toBe('48000.00');
    expect(c.coutsIndirects.toString()).toBe('9600.00');
    expect(c.coutTotal.toString()).toBe('59600.01');
    expect(c.tauxFse).toBe('50.34');
    expect(checkPlan(plan(VINGT_HORS_PRESTATIONS, '30000', '29600.01'), c, { fseMaximum: m('37000'), tauxFseMaximum: null })).toEqual([]);
  });

  it('computes the 15 %-of-staff option, rounding once to the cent', () => {
    const lignes: PlanLignes = { option: QUINZE_PERSONNEL, lignes: [{ categorie: 'PERSONNEL', montant: m('1000.03') }], ressources: [] };
    expect(computePlan(lignes).coutsIndirects.toString()).toBe('150.00'); // 150.0045 → 150.00
    lignes.lignes[0]!.montant = m('1000.10');
    expect(computePlan(lignes).coutsIndirects.toString()).toBe('150.02'); // 150.015 → 150.02, half away from zero
  });

  it('refuses resources one cent short, an FSE+ above the fiche, and a rate above the maximum', () => {
    const short = plan(VINGT_HORS_PRESTATIONS, '30000', '29600.00');
    expect(checkPlan(short, computePlan(short), { fseMaximum: m('37000'), tauxFseMaximum: null }).map((p) => p.message)).toEqual([
      'Les ressources (59600.00 €) doivent égaler le coût total (59600.01 €) au centime près : écart de -0.01 €.',
    ]);
    const greedy = plan(VINGT_HORS_PRESTATIONS, '40000', '19600.01');
    expect(checkPlan(greedy, computePlan(greedy), { fseMaximum: m('37000'), tauxFseMaximum: '60' }).map((p) => p.message)).toEqual([
      'Le FSE+ demandé (40000.00 €) dépasse le maximum de la fiche opération (37000.00 €).',
      'Le taux FSE+ (67.11 %) dépasse le taux maximum de la fiche (60 %).',
    ]);
  });

  it('accepts a rate exactly at the maximum and refuses one cent above', () => {
    const at = (fse: string, rest: string): PlanLignes => ({ option: null, lignes: [{ categorie: 'PERSONNEL', montant: m('1000') }], ressources: [{ financeur: 'FSE', montant: m(fse) }, { financeur: 'REGION', montant: m(rest) }] });
    const ok = at('600', '400');
    expect(checkPlan(ok, computePlan(ok), { fseMaximum: m('1000'), tauxFseMaximum: '60' })).toEqual([]);
    const over = at('600.01', '399.99');
    expect(checkPlan(over, computePlan(over), { fseMaximum: m('1000'), tauxFseMaximum: '60' })).toHaveLength(1);
  });

  it('keeps the 40 % option to staff costs only', () => {
    const forty: OptionCouts = { code: 'OCS-40', taux: '40', base: ['PERSONNEL'], remplaceAutresCouts: true };
    const p = plan(forty, '10', '10');
    expect(checkPlan(p, computePlan(p), { fseMaximum: m('99999'), tauxFseMaximum: null })[0]!.field).toBe('lignes');
  });
});
