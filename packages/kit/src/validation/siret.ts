/**
 * A SIRET is 14 digits whose Luhn checksum is valid; La Poste's establishments (SIREN 356 000 000) use a digit-sum
 * rule instead.
 */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith('356000000')) {
    return [...value].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
  }
  let sum = 0;
  for (let i = 0; i < 14; i += 1) {
    let digit = Number(value[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Completes 13 digits with the Luhn key (demo data and tests). */
export function withSiretKey(first13: string): string {
  for (let key = 0; key <= 9; key += 1) {
    if (isValidSiret(`${first13}${key}`)) return `${first13}${key}`;
  }
  throw new Error('unreachable');
}
