/**
 * Money exact to the cent, as integer cents in a bigint. Arithmetic never goes through binary floating point.
 *
 * Rounding rule (documented in docs/architecture.md): a product or share that falls between two cents is rounded
 * half away from zero ("arrondi commercial"), once, at the end of each computed amount.
 */
export class Montant {
  private constructor(readonly cents: bigint) {}

  static readonly ZERO = new Montant(0n);

  static fromCents(cents: bigint | number): Montant {
    if (typeof cents === 'number' && !Number.isSafeInteger(cents)) throw new RangeError('cents must be an integer');
    return new Montant(BigInt(cents));
  }

  /** Parses "1234.56", "-0.5", "100", "1 234,56" is refused: one canonical format on the wire. */
  static parse(value: string | bigint): Montant {
    if (typeof value === 'bigint') return new Montant(value * 100n);
    const match = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/.exec(value.trim());
    if (!match) {
      throw new TypeError(
        `Montant invalide : « ${value.slice(0, 30)} » (chiffres avec au plus deux décimales après un point, ex. "1234.56").`,
      );
    }
    const [, sign, units, decimals = ''] = match;
    const cents = BigInt(units!) * 100n + BigInt(decimals.padEnd(2, '0'));
    return new Montant(sign ? -cents : cents);
  }

  plus(other: Montant): Montant {
    return new Montant(this.cents + other.cents);
  }

  minus(other: Montant): Montant {
    return new Montant(this.cents - other.cents);
  }

  /** Multiplies by a rate given as an exact decimal string ("0.15", "20", "0.6"), rounded half away from zero. */
  times(rate: string): Montant {
    const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(rate);
    if (!match) throw new TypeError(`Taux invalide : ${rate}`);
    const [, sign, int, frac = ''] = match;
    const scale = 10n ** BigInt(frac.length);
    const numerator = (BigInt(int!) * scale + BigInt(frac || '0')) * (sign ? -1n : 1n);
    return new Montant(divideRounded(this.cents * numerator, scale));
  }

  /** This amount as a share of `total`, in percent with two decimals, rounded half away from zero ("59.99"). */
  percentOf(total: Montant): string | null {
    if (total.cents === 0n) return null;
    const basisPoints = divideRounded(this.cents * 10_000n, total.cents);
    const sign = basisPoints < 0n ? '-' : '';
    const abs = basisPoints < 0n ? -basisPoints : basisPoints;
    return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  }

  compare(other: Montant): -1 | 0 | 1 {
    return this.cents < other.cents ? -1 : this.cents > other.cents ? 1 : 0;
  }

  isNegative(): boolean {
    return this.cents < 0n;
  }

  equals(other: Montant): boolean {
    return this.cents === other.cents;
  }

  toString(): string {
    const sign = this.cents < 0n ? '-' : '';
    const abs = this.cents < 0n ? -this.cents : this.cents;
    return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  }

  toJSON(): string {
    return this.toString();
  }

  static sum(values: Iterable<Montant>): Montant {
    let cents = 0n;
    for (const value of values) cents += value.cents;
    return new Montant(cents);
  }
}

/** Integer division rounded half away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}
