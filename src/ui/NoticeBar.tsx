import { useSession, useSessionContext } from './session.ts';

/// Messages about files: errors as alerts, the rest as polite status.
export function NoticeBar() {
  const notice = useSession((s) => s.notice);
  const { store } = useSessionContext();
  return (
    <div className="notice-area">
      <div role="alert">
        {notice?.kind === 'error' && (
          <div className="notice error">
            <span>{notice.text}</span>
            <button type="button" onClick={() => store.setState({ notice: null })}>
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
