import { useState } from 'react';
import { EVERY_DOCUMENT } from '../../core/team/claims.ts';
import { parseTeamLink, type TeamLink } from '../../core/team/link.ts';
import { rememberDesk, rememberedDesk } from '../../platform/team/teamApi.ts';
import { Modal } from './Modal.tsx';
import { useActions, useController, useSession } from '../appContext.ts';

/// Share with team…: puts the open transcript on the desk's team server and
/// gives a link for an editor and one for a viewer. The desk link (from
/// `npm run team -- invite '*' --role editor`) is asked for here, and kept
/// in this browser only when the user ticks Remember.
export function ShareDialog() {
  const dialog = useSession((s) => (s.dialog?.kind === 'share' ? s.dialog : null));
  if (!dialog) return null;
  return <ShareForm initial={dialog.desk ?? rememberedDesk()} />;
}

function ShareForm({ initial }: { initial: TeamLink | null }) {
  const controller = useController();
  const [deskText, setDeskText] = useState(initial ? linkText(initial) : '');
  const [name, setName] = useState('');
  const [remember, setRemember] = useState(initial !== null && rememberedDesk() !== null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [links, setLinks] = useState<{ editor: string; viewer: string; desk: TeamLink } | null>(null);
  const actions = useActions();
  const close = () => controller.closeDialog('share');

  const share = async () => {
    const desk = parseTeamLink(deskText.trim());
    if (!desk || desk.doc !== EVERY_DOCUMENT) {
      setProblem('Paste a desk link: the link `npm run team -- invite "*" --role editor` prints.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      rememberDesk(remember ? desk : null);
      setLinks({ ...(await controller.shareWithTeam(desk, name.trim())), desk });
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Share with team" onClose={close}>
      {links ? (
        <>
          <p>This transcript is now shared: you are editing the team's copy. Send these links:</p>
          <CopyField label="Editor link (changes anything)" value={links.editor} />
          <CopyField label="Viewer link (reads, follows, exports)" value={links.viewer} />
          <div className="modal-actions">
            <button type="button" onClick={() => actions.openDialog({ kind: 'library', desk: links.desk })}>
              Team library…
            </button>
            <button type="button" className="primary" onClick={close}>
              Done
            </button>
          </div>
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void share();
          }}
        >
          <p className="hint">
            The transcript goes to your desk's team server; colleagues with a link edit or read it with you.
            Nothing is sent until you press Share.
          </p>
          <label className="field">
            Desk link
            <input
              value={deskText}
              onChange={(e) => setDeskText(e.currentTarget.value)}
              placeholder="http://…#team=ws://…&doc=*&token=…"
              autoComplete="off"
              aria-invalid={problem !== null}
            />
          </label>
          <label className="field">
            Name for the links
            <input value={name} onChange={(e) => setName(e.currentTarget.value)} autoComplete="off" />
          </label>
          <label>
            <input
              type="checkbox"
              checked={remember}
              onChange={(e) => setRemember(e.currentTarget.checked)}
            />{' '}
            Remember the desk link in this browser
          </label>
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <div className="modal-actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={busy}>
              {busy ? 'Sharing…' : 'Share'}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}

function CopyField({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="copy-field">
      <label className="field">
        {label}
        <input readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button
        type="button"
        aria-label={`Copy ${label.replace(/ \(.*\)$/, '').toLowerCase()}`}
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => setCopied(true));
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}

function linkText(link: TeamLink): string {
  return `#${new URLSearchParams({ team: link.server, doc: link.doc, token: link.token })}`;
}
