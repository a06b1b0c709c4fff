import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { useLocalName } from '../../app/display-name.ts';

export interface Team {
  assessorIds: string[];
  leadAssessorId: string;
}

/** Picks a team and its lead from the assessor pool; what "assign" does is the caller's (one assessment, or a selection). */
export function TeamPicker({
  groupName,
  assigned,
  assignedLead,
  pool,
  label,
  pending,
  error,
  onAssign,
}: {
  /** Names the lead's radio group; unique on the page. */
  groupName: string;
  /** The team the server holds: the picker starts from it, so a reload shows who is assigned. */
  assigned: readonly string[];
  assignedLead: string;
  pool: { userId: string; nameAr: string; nameEn: string; workload: number }[];
  label?: string;
  pending?: boolean;
  error?: unknown;
  onAssign(team: Team): void;
}) {
  const { t } = useTranslation('excellence');
  const localName = useLocalName();
  const [team, setTeam] = useState<string[]>([...assigned]);
  const [lead, setLead] = useState(assignedLead);
  return (
    <div className="stack">
      {pool.map((p) => (
        <div key={p.userId} className="exc-row">
          <label className="exc-row">
            <input
              type="checkbox"
              checked={team.includes(p.userId)}
              onChange={(e) => setTeam(e.target.checked ? [...team, p.userId] : team.filter((x) => x !== p.userId))}
            />
            {localName({ nameAr: p.nameAr, nameEn: p.nameEn })}
          </label>
          <label className="exc-row">
            <input type="radio" name={`lead-${groupName}`} checked={lead === p.userId} onChange={() => setLead(p.userId)} />
            {t('cycles.lead')}
          </label>
        </div>
      ))}
      <ErrorMessage error={error} />
      <Button
        variant="secondary"
        disabled={team.length === 0 || !lead || pending}
        onClick={() => onAssign({ assessorIds: team, leadAssessorId: lead })}
      >
        {label ?? t('cycles.assign')}
      </Button>
    </div>
  );
}
