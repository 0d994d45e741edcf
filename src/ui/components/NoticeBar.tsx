import { useEffect } from 'react';
import { useActions, useSession } from '../appContext.ts';

const HINT_MS = 8000;

/// Messages about files: errors as alerts, the rest as polite status. A
/// read-only tab says so for as long as it lasts, whatever the last message.
export function NoticeBar() {
  const notice = useSession((s) => s.notice);
  const readOnly = useSession((s) => s.readOnly);
  const viewer = useSession((s) => s.team?.role === 'viewer');
  const actions = useActions();
  // A hint answers a key; it goes by itself once read.
  useEffect(() => {
    if (notice?.kind !== 'hint') return;
    const timer = setTimeout(() => actions.dismissNotice(), HINT_MS);
    return () => clearTimeout(timer);
  }, [notice, actions]);
  return (
    <div className="notice-area">
      {readOnly && viewer && (
        <p className="notice read-only" role="status" aria-label="Read-only">
          Viewer: you follow this shared transcript as your colleagues edit it, and can read and export it,
          but not change it.
        </p>
      )}
      {readOnly && !viewer && (
        <p className="notice read-only" role="status" aria-label="Read-only">
          Read-only: Caption Desk is already open in another tab, so this tab shows the work but cannot change
          it. Close the other tab and this one becomes editable.
        </p>
      )}
      <div role="alert">
        {notice?.kind === 'error' && (
          <div className="notice error">
            <span>{notice.text}</span>
            <button type="button" onClick={() => actions.dismissNotice()}>
              Dismiss
            </button>
          </div>
        )}
      </div>
      <div role="status" aria-live="polite" className={notice?.kind === 'hint' ? undefined : 'sr-only'}>
        {notice?.kind === 'hint' && (
          <div className="notice hint">
            <span>{notice.text}</span>
            <button type="button" onClick={() => actions.dismissNotice()}>
              Dismiss
            </button>
          </div>
        )}
        {notice?.kind === 'info' ? notice.text : ''}
      </div>
    </div>
  );
}
