const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' });
const numberFormat = new Intl.NumberFormat('fr-FR');
const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** `2026-03-14` or an ISO timestamp → « 14 mars 2026 ». */
export const formatDate = (value: string | null | undefined) => (value ? dateFormat.format(new Date(value.length === 10 ? `${value}T12:00:00` : value)) : '—');
export const formatNumber = (value: number | null | undefined) => (value == null ? '—' : numberFormat.format(value));
export const formatEuros = (value: number | string | null | undefined) => (value == null ? '—' : euroFormat.format(Number(value)));
export const formatPercent = (value: number | null | undefined, digits = 0) => (value == null ? '—' : `${(value * 100).toFixed(digits).replace('.', ',')} %`);

/** ENUM_VALUES → « Enum values », for statuses the schema names in capitals. */
export const humanize = (value: string | null | undefined) => (value ? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ') : '—');
