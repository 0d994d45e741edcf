/// Where a team document's connection stands, as the status bar says it:
/// *Connected · 3 people*, *Offline: 2 changes waiting*, *Refused: <reason>*.
export type TeamStatus =
  | { state: 'connecting' }
  | { state: 'connected'; people: number }
  | { state: 'offline'; waiting: number }
  | { state: 'refused'; reason: string };

export function teamStatusText(status: TeamStatus): string {
  switch (status.state) {
    case 'connecting':
      return 'Connecting to the team server…';
    case 'connected':
      return `Connected · ${status.people === 1 ? '1 person' : `${status.people} people`}`;
    case 'offline':
      return `Offline: ${status.waiting === 1 ? '1 change' : `${status.waiting} changes`} waiting`;
    case 'refused':
      return `Refused: ${status.reason}`;
  }
}
