import { teamStatusText } from '../../core/team/status.ts';
import { useSession } from '../appContext.ts';

/// A shared document's connection, beside the save status: *Connected · 3
/// people*, *Offline: 2 changes waiting*, *Refused: <reason>*.
export function TeamStatusBadge() {
  const team = useSession((s) => s.team);
  if (!team) return null;
  return (
    <span
      className={`team-status team-${team.status.state}`}
      role="status"
      aria-live="polite"
      aria-label="Team"
      title={`You are ${team.name}, ${team.role === 'editor' ? 'an editor' : 'a viewer'}`}
    >
      {teamStatusText(team.status)}
    </span>
  );
}
