/**
 * A message for the next screen (« Fiche transmise… » once the detail opens): kept in memory only and dropped once
 * shown, so a reload or another tab never shows it again.
 */
export type FlashTone = 'success' | 'warning';

let pending: { message: string; tone: FlashTone } | null = null;

export function flash(message: string, tone: FlashTone = 'success'): void {
  pending = { message, tone };
}

export const peekFlash = () => pending;

export function clearFlash(): void {
  pending = null;
}
