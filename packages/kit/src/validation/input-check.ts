import { BadUserInputError, type FieldProblem } from '../errors/bad-user-input.error';
import { isIsoDate } from '../scalars/date.scalar';

/**
 * Collects every problem of an input before answering, so a form can show all its messages at once. Messages are
 * French and name the field; `field` is the input path.
 *
 * ```ts
 * const check = new InputCheck('input');
 * check.text('nom', input.nom, 'Le nom', { max: 100 });
 * check.rule(input.fin >= input.debut, 'fin', 'La date de fin doit suivre la date de début.');
 * check.done(); // throws BAD_USER_INPUT listing every problem, or returns
 * ```
 */
export class InputCheck {
  constructor(
    private readonly prefix = '',
    readonly problems: FieldProblem[] = [],
  ) {}

  private path(field: string): string {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }

  /** Records a problem when `ok` is false. Returns `ok`. */
  rule(ok: boolean, field: string, message: string): boolean {
    if (!ok) this.problems.push({ field: this.path(field), message });
    return ok;
  }

  /** A required text: trimmed, non-empty, at most `max` characters, no control characters. */
  text(field: string, value: string | null | undefined, label: string, options: { max?: number; required?: boolean } = {}): boolean {
    const { max = 200, required = true } = options;
    if (value === null || value === undefined || value.trim() === '') {
      return required ? this.rule(false, field, `${label} est obligatoire.`) : true;
    }
    if (value.length > max) return this.rule(false, field, `${label} ne doit pas dépasser ${max} caractères.`);
    // eslint-disable-next-line no-control-regex
    return this.rule(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), field, `${label} contient des caractères non autorisés.`);
  }

  /** A pattern check on an optional value (skipped when absent). */
  pattern(field: string, value: string | null | undefined, regex: RegExp, message: string): boolean {
    if (value === null || value === undefined || value === '') return true;
    return this.rule(regex.test(value), field, message);
  }

  /** A required calendar date `YYYY-MM-DD`. */
  date(field: string, value: string | null | undefined, label: string): boolean {
    if (value === null || value === undefined || value === '') return this.rule(false, field, `${label} est obligatoire.`);
    return this.rule(isIsoDate(value), field, `${label} est invalide (AAAA-MM-JJ).`);
  }

  integer(field: string, value: number | null | undefined, label: string, min: number, max: number): boolean {
    if (value === null || value === undefined) return true;
    return this.rule(Number.isInteger(value) && value >= min && value <= max, field, `${label} doit être un entier entre ${min} et ${max}.`);
  }

  /** Nested input: a check whose problems are reported under `field.`. */
  nested(field: string): InputCheck {
    return new InputCheck(this.path(field), this.problems);
  }

  /** Throws BAD_USER_INPUT with every problem found, if any. */
  done(): void {
    if (this.problems.length > 0) throw new BadUserInputError(this.problems);
  }
}
