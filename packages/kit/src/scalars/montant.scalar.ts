import { GraphQLScalarType, Kind } from 'graphql';
import { Montant } from '../money/montant';

/**
 * An amount of euros, exact to the cent. A decimal string on the wire ("1234.56", "-12.5", "100") so that no
 * client turns it into a binary float; a `Montant` (integer cents) in memory.
 */
export const MontantScalar = new GraphQLScalarType<Montant, string>({
  name: 'Montant',
  description: 'Montant en euros exact au centime, en chaîne décimale (ex. "37000.00"). Jamais un nombre flottant.',
  serialize(value) {
    if (value instanceof Montant) return value.toString();
    if (typeof value === 'string' || typeof value === 'bigint') return Montant.parse(value).toString();
    throw new TypeError('Montant invalide');
  },
  parseValue(value) {
    if (typeof value !== 'string') {
      throw new TypeError('Montant invalide : une chaîne décimale est attendue (ex. "1234.56"), pas un nombre.');
    }
    return Montant.parse(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new TypeError('Montant invalide : une chaîne décimale est attendue (ex. "1234.56"), pas un nombre.');
    }
    return Montant.parse(ast.value);
  },
});
