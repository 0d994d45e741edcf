import { useSession } from '../appContext.ts';

/// Where the work stands: saved to the user's file, or only in the browser.
export function SaveStatus() {
  const save = useSession((s) => s.save);
  const unprotected = useSession((s) => s.storagePersisted === false);
  let text: string;
  if (save.error) text = save.error;
  else if (!save.dirty && save.fileName) text = `Saved to ${save.fileName}`;
  else if (!save.dirty) text = 'No changes';
  else text = 'Changes not saved to a file';
  const draft = save.draftSavedAt ? `Browser copy ${new Date(save.draftSavedAt).toLocaleTimeString()}` : '';
  return (
    <span className={`save-status${save.error ? ' error' : ''}`} role="status" aria-live="polite">
      {text}
      {draft && <span className="draft-time"> · {draft}</span>}
      {unprotected && (
        <span
          className="storage-warning"
          title="This browser did not agree to keep Caption Desk's storage: it may clear the browser copy and restore points when disk space runs low. Save to a file to be safe."
        >
          {' '}
          · copy unprotected
        </span>
      )}
    </span>
  );
}
