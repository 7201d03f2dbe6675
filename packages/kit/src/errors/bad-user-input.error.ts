import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes';

export interface FieldProblem {
  /** Path of the input field, e.g. `personne.dateNaissance`. */
  field: string;
  /** French message a person can act on. */
  message: string;
}

/**
 * Invalid input. The message names the field in French; `extensions.field` carries its path and, when several
 * fields are wrong at once, `extensions.problems` lists them all so a form can show every message at once.
 */
export class BadUserInputError extends GraphQLError {
  constructor(problems: FieldProblem | FieldProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    if (list.length === 0) throw new Error('BadUserInputError needs at least one problem');
    const first = list[0]!;
    const message = list.length === 1 ? first.message : `${first.message} (et ${list.length - 1} autre(s) erreur(s))`;
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field: first.field, problems: list } });
  }
}
