import { useSession } from '../appContext.ts';

/// Where the work stands: saved to the user's file, or only in the browser.
export function SaveStatus() {
  const save = useSession((s) => s.save);
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
    </span>
  );
}
