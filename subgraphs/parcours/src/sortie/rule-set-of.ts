import { NATIONAL, RULE_SETS } from './rule-sets';
import type { RuleSet } from './sortie-rules';

/** The rule set a PLIE points at; the national default when the code is unknown. */
export function ruleSetOf(code: string): RuleSet {
  return RULE_SETS.find((set) => set.code === code) ?? NATIONAL;
}
