import type { Role } from '../../../workflows/roles.ts';

/** One entry of the administration area's index: where it goes, what it is called, who sees it. */
export interface AdminSection {
  id: string;
  to: string;
  /** Keys in the `admin` namespace. */
  titleKey: string;
  summaryKey: string;
  roles: readonly Role[];
}
