import { describe, expect, it } from 'vitest';
import { maskCount, maskedRate, maskPartition } from './masking';

describe('statistical masking', () => {
  it('masks counts below the threshold but not zero', () => {
    expect(maskCount(4, 5)).toEqual({ valeur: null, masque: true });
    expect(maskCount(5, 5)).toEqual({ valeur: 5, masque: false });
    expect(maskCount(0, 5)).toEqual({ valeur: 0, masque: false });
  });

  it('masks a second cell so that the first cannot be recovered from the total', () => {
    // 3 women and 40 men: publishing 40 and the total 43 would reveal the 3.
    expect(maskPartition({ femmes: 3, hommes: 40 }, 5)).toEqual({ femmes: { valeur: null, masque: true }, hommes: { valeur: null, masque: true } });
    const ages = maskPartition({ moins26: 2, de26a44: 30, de45a54: 12, plus55: 9 }, 5);
    expect(ages.moins26.masque).toBe(true);
    expect(ages.plus55.masque).toBe(true); // the smallest other cell
    expect(ages.de26a44).toEqual({ valeur: 30, masque: false });
  });

  it('leaves a breakdown alone when two cells are already masked or none is', () => {
    expect(Object.values(maskPartition({ a: 2, b: 3, c: 50 }, 5)).filter((e) => e.masque)).toHaveLength(2);
    expect(Object.values(maskPartition({ a: 20, b: 30 }, 5)).some((e) => e.masque)).toBe(false);
  });

  it('masks a rate computed from a masked count', () => {
    expect(maskedRate({ valeur: null, masque: true }, { valeur: 100, masque: false })).toEqual({ valeur: null, masque: true });
    expect(maskedRate({ valeur: 40, masque: false }, { valeur: 100, masque: false })).toEqual({ valeur: 40, masque: false });
  });
});
