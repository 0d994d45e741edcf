/// Where a team document's connection stands, as the status bar says it:
/// *Connected · 3 people*, *Offline: 2 changes waiting, kept in this
/// browser*, *Refused: <reason>*. Offline, `kept` says whether my changes are
/// all written to this browser's copy yet (a reload then keeps them).
export type TeamStatus =
  | { state: 'connecting' }
  | { state: 'connected'; people: number }
  | { state: 'offline'; waiting: number; kept: boolean }
  | { state: 'refused'; reason: string };

export function teamStatusText(status: TeamStatus): string {
  switch (status.state) {
    case 'connecting':
      return 'Connecting to the team server…';
    case 'connected':
      return `Connected · ${status.people === 1 ? '1 person' : `${status.people} people`}`;
    case 'offline':
      return `Offline: ${status.waiting === 1 ? '1 change' : `${status.waiting} changes`} waiting, ${
        status.kept ? 'kept in this browser' : 'keeping them in this browser…'
      }`;
    case 'refused':
      return `Refused: ${status.reason}`;
  }
}
