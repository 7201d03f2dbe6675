import type { ReactNode } from 'react';
import type { Role } from '@plie-hub/auth/caller';

/**
 * One screen of the console: the first segment of its hash route (`#/fiches/…`), its menu label and the roles it is
 * for. The menu shows a role only its screens; the API still decides what each request may read.
 */
export interface Screen {
  route: string;
  label: string;
  roles: readonly Role[];
  /** Not in the menu (a detail page reached from a list). */
  hidden?: boolean;
  render: (params: string[]) => ReactNode;
}
