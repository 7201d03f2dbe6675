/** The answer to a right-of-access request as a page a person can read and print (or save as PDF). */
export function droitAccesHtml(options: { identite: { nomNaissance: string; prenoms: string; dateNaissance: string }; data: unknown; manquants: string[]; le: Date }): string {
  const { identite, data, manquants, le } = options;
  const sections = Object.entries((data ?? {}) as Record<string, unknown>)
    .filter(([key]) => key !== 'cleRapprochement')
    .map(([key, value]) => `<section><h2>${escape(TITLES[key] ?? key)}</h2>${render(value)}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Droit d’accès — ${escape(identite.nomNaissance)} ${escape(identite.prenoms)}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#161616}h1{font-size:1.5rem}
h2{font-size:1.15rem;border-bottom:2px solid #000091;margin-top:2rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.3rem 0 .8rem}
dt{color:#3a3a3a}dd{margin:0}ol{padding-left:1.2rem}li{margin-bottom:.8rem}.vide{color:#666;font-style:italic}.alerte{border-left:4px solid #b34000;padding:.3rem .8rem;background:#fff4f3}
@media print{body{margin:0}}</style></head><body>
<h1>Données détenues par PLIE Hub sur ${escape(identite.prenoms)} ${escape(identite.nomNaissance)}, né(e) le ${escape(identite.dateNaissance)}</h1>
<p>Réponse à une demande d’accès (RGPD, article 15), établie le ${escape(le.toISOString().slice(0, 10))} à partir de l’ensemble des partenaires du hub. Chaque partenaire reste responsable des données qu’il a recueillies.</p>
${manquants.length ? `<p class="alerte">Parties non disponibles au moment de l’extraction : ${manquants.map(escape).join(' ; ')}. Renouvelez l’extraction avant de répondre.</p>` : ''}
${sections}
</body></html>`;
}

const TITLES: Record<string, string> = {
  prescriptionsFranceTravail: 'Fiches de prescription — France Travail',
  prescriptionsDepartement: 'Fiches de prescription — Département (RSA)',
  prescriptionsMissionLocale: 'Fiches de prescription — Mission Locale',
  participations: 'Accompagnement par le PLIE',
  eligibilitesClauses: 'Clauses d’insertion — éligibilités et contrats (hors PLIE)',
};

function render(value: unknown): string {
  if (value === null || value === undefined) return '<span class="vide">non renseigné</span>';
  if (Array.isArray(value)) {
    if (value.length === 0) return '<span class="vide">aucune</span>';
    if (value.every((item) => item === null || typeof item !== 'object')) return escape(value.join(', '));
    return `<ol>${value.map((item) => `<li>${render(item)}</li>`).join('')}</ol>`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([key]) => key !== '__typename');
    return `<dl>${entries.map(([key, item]) => `<dt>${escape(label(key))}</dt><dd>${render(item)}</dd>`).join('')}</dl>`;
  }
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return escape(String(value));
}

/** `dateNaissance` → `date naissance`: the schema's words, readable. */
const label = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
