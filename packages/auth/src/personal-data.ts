import { isRole, type Role } from './roles';

/** One GraphQL object type of a subgraph that holds personal data, as the matrix's `donnees-personnelles` lists it. */
export interface PersonalType {
  /** Roles that may read its personal fields. */
  lecture: Role[];
  /** Its fields that hold personal data (every one of them read by `lecture`, unless `exceptions` says otherwise). */
  champs: string[];
  /** Its fields that say nothing about the person, readable by whoever reaches the record. */
  nonPersonnels: string[];
  /** Personal fields whose readers differ from the type's (a narrower list, usually). */
  exceptions: Record<string, Role[]>;
}

const KEYS = new Set(['lecture', 'champs', 'non-personnels', 'exceptions']);

const names = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((name) => typeof name === 'string' && name.length > 0) ? (value as string[]) : null;

const roles = (value: unknown): Role[] | null => (Array.isArray(value) && value.length > 0 && value.every(isRole) ? (value as Role[]) : null);

/** Reads one subgraph's `donnees-personnelles` section; every mistake is pushed to `problems`, in French. */
export function parsePersonalData(raw: unknown, where: string, problems: string[]): Record<string, PersonalType> {
  const result: Record<string, PersonalType> = {};
  if (raw === undefined || raw === null) return result;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${where} : une liste de types est attendue`);
    return result;
  }
  for (const [typeName, entry] of Object.entries(raw as Record<string, unknown>)) {
    const at = `${where}.${typeName}`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push(`${at} : « lecture » et « champs » attendus`);
      continue;
    }
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e)) if (!KEYS.has(key)) problems.push(`${at} : clé « ${key} » inconnue (attendu : ${[...KEYS].join(', ')})`);
    const lecture = roles(e.lecture);
    if (!lecture) problems.push(`${at}.lecture : liste de rôles invalide`);
    const champs = names(e.champs);
    if (!champs || champs.length === 0) problems.push(`${at}.champs : liste de champs invalide`);
    const nonPersonnels = e['non-personnels'] === undefined ? [] : names(e['non-personnels']);
    if (!nonPersonnels) problems.push(`${at}.non-personnels : liste de champs invalide`);
    const exceptions: Record<string, Role[]> = {};
    if (e.exceptions !== undefined && (typeof e.exceptions !== 'object' || e.exceptions === null || Array.isArray(e.exceptions))) {
      problems.push(`${at}.exceptions : champ: [rôles] attendu`);
    } else {
      for (const [field, granted] of Object.entries((e.exceptions ?? {}) as Record<string, unknown>)) {
        const list = roles(granted);
        if (!list) problems.push(`${at}.exceptions.${field} : liste de rôles invalide`);
        else exceptions[field] = list;
        // An exception narrows a listed personal field: naming it in `champs` too keeps that list complete for the reader.
        if (champs && !champs.includes(field)) problems.push(`${at}.exceptions.${field} : ce champ doit aussi figurer dans « champs »`);
      }
    }
    const all = [...(champs ?? []), ...(nonPersonnels ?? [])];
    for (const field of new Set(all.filter((name, i) => all.indexOf(name) !== i))) problems.push(`${at} : le champ « ${field} » est nommé deux fois`);
    result[typeName] = { lecture: lecture ?? [], champs: champs ?? [], nonPersonnels: nonPersonnels ?? [], exceptions };
  }
  return result;
}

/**
 * The roles that may read a field of a personal type, or `undefined` when the field holds no personal data (its type
 * is not listed, or the field is declared non-personal). A field of a listed type that the file does not classify yet
 * is personal, read by the type's roles: a field a partner adds is protected before anyone thinks of it.
 */
export function personalFieldRoles(types: Record<string, PersonalType> | undefined, typeName: string, field: string): Role[] | undefined {
  const type = types?.[typeName];
  if (!type || type.nonPersonnels.includes(field)) return undefined;
  return type.exceptions[field] ?? type.lecture;
}
