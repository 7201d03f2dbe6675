/**
 * graphql-js reports a bad variable with its whole value ("Variable "$input" got invalid value { nomNaissance: ...
 * }; ..."): personal data in an error message, in English, without a machine code. This turns such a message into a
 * French one that names the field and never repeats the value.
 */
export interface InputErrorTranslation {
  message: string;
  field: string;
}

const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; ([\s\S]*)$/;
const NOT_PROVIDED = /^Variable "\$(\w+)" of (?:required|non-null) type "([^"]+)" (?:was not provided|must not be null)\.$/;

export function translateInputError(message: string): InputErrorTranslation | null {
  const missing = NOT_PROVIDED.exec(message);
  if (missing) return { field: missing[1]!, message: `Le paramètre « ${missing[1]} » est obligatoire.` };
  const match = VARIABLE_ERROR.exec(message);
  if (!match) return null;
  const [, variable, at, detail] = match as unknown as [string, string, string | undefined, string];
  const path = at ?? variable;
  const required = /^Field "(\w+)" of required type "[^"]+" was not provided\.$/.exec(detail);
  if (required) return { field: `${path}.${required[1]}`, message: `Le champ « ${required[1]} » (${path}) est obligatoire.` };
  const unknown = /^Field "(\w+)" is not defined by type "[^"]+"/.exec(detail);
  if (unknown) return { field: `${path}.${unknown[1]}`, message: `Le champ « ${unknown[1]} » n'existe pas dans ${path}.` };
  const nullValue = /^Expected non-nullable type "[^"]+" not to be null\.$/.exec(detail);
  if (nullValue) return { field: path, message: `Le champ « ${path} » est obligatoire.` };
  const enumValue = /^Value "[^"]*" does not exist in "(\w+)" enum\./.exec(detail);
  if (enumValue) return { field: path, message: `Valeur non autorisée pour « ${path} » (voir la liste ${enumValue[1]}).` };
  // Our scalars explain themselves in French ("Date invalide : ... (format attendu AAAA-MM-JJ)."): keep their
  // explanation but drop the quoted value.
  const scalar = /^Expected type "(\w+)"\. ([\s\S]*)$/.exec(detail);
  if (scalar && /[àâçéèêëîïôûù]|attendu/.test(scalar[2]!)) {
    return { field: path, message: `${path} : ${scalar[2]!.replace(/ : « [^»]*»/, '')}` };
  }
  const expected = /Expected type "(\w+)"|cannot represent/.exec(detail);
  return { field: path, message: `Valeur invalide pour « ${path} »${expected?.[1] ? ` (type attendu : ${expected[1]})` : ''}.` };
}

/** The operation limits (graphql-armor) say it in English; the caller reads which limit, in French. */
const LIMITS: Array<[RegExp, (limit: string, found?: string) => string, string]> = [
  [/Query depth limit of (\d+) exceeded, found (\d+)/, (limit, found) => `Requête trop profonde : ${found} niveaux imbriqués pour ${limit} au plus.`, 'profondeur'],
  [/Aliases limit of (\d+) exceeded, found (\d+)/, (limit, found) => `Trop d’alias dans la requête : ${found} pour ${limit} au plus.`, 'alias'],
  [/Token limit of (\d+) exceeded/, (limit) => `Requête trop longue : plus de ${limit} éléments.`, 'elements'],
  [/Query Cost limit of (\d+) exceeded, found (\d+(?:\.\d+)?)/, (limit, found) => `Requête trop coûteuse : coût ${Math.round(Number(found))} pour un budget de ${limit} ; demandez moins de champs ou de niveaux.`, 'cout'],
];

export function translateLimitError(message: string): { message: string; limite: string } | null {
  for (const [pattern, french, limite] of LIMITS) {
    const match = pattern.exec(message);
    if (match) return { message: french(match[1]!, match[2]), limite };
  }
  return null;
}
