import { describe, expect, it } from 'vitest';
import { Montant } from './montant';

describe('Montant', () => {
  it('parses and prints exact amounts', () => {
    expect(Montant.parse('1234.5').toString()).toBe('1234.50');
    expect(Montant.parse('-0.07').toString()).toBe('-0.07');
    expect(Montant.parse('100').cents).toBe(10000n);
  });

  it.each(['1,5', '1.234', 'abc', '', '1e3', '12345678901234'])('refuses %j', (value) => {
    expect(() => Montant.parse(value)).toThrow(/Montant invalide/);
  });

  it('adds without floating point error', () => {
    expect(Montant.sum(['0.10', '0.20', '0.30'].map((v) => Montant.parse(v))).toString()).toBe('0.60');
  });

  it('rounds a rate half away from zero, once', () => {
    expect(Montant.parse('10.05').times('0.5').toString()).toBe('5.03');
    expect(Montant.parse('-10.05').times('0.5').toString()).toBe('-5.03');
    expect(Montant.parse('45000').times('0.15').toString()).toBe('6750.00');
    expect(Montant.parse('33333.33').times('20').toString()).toBe('666666.60');
  });

  it('computes a share in percent with two decimals', () => {
    expect(Montant.parse('37000').percentOf(Montant.parse('61667.00'))).toBe('60.00');
    expect(Montant.parse('1').percentOf(Montant.parse('3'))).toBe('33.33');
    expect(Montant.parse('1').percentOf(Montant.ZERO)).toBeNull();
  });
});
