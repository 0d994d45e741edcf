import { useActions, useSession } from '../appContext.ts';

/// Messages about files: errors as alerts, the rest as polite status.
export function NoticeBar() {
  const notice = useSession((s) => s.notice);
  const actions = useActions();
  return (
    <div className="notice-area">
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
      <div role="status" aria-live="polite" className="sr-only">
        {notice?.kind === 'info' ? notice.text : ''}
      </div>
    </div>
  );
}
