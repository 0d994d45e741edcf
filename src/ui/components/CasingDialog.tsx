import { useEffect, useState } from 'react';
import type { CasingItem, CasingProposal } from '../document/casing.ts';
import { Modal } from './Modal.tsx';
import { useActions, useController, useSession } from '../appContext.ts';

/// How many changes the dialog shows in context before anything changes.
const SAMPLE = 8;

type Phase =
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'ready'; proposal: CasingProposal }
  | { kind: 'stepping'; proposal: CasingProposal; at: number; keep: Set<CasingItem>; never: Set<string> }
  | { kind: 'failed'; message: string };

/// Fix capitalization (Alt+C): reads the whole transcript, or the selection,
/// says how many words would change with a sample in context, then applies
/// them all or steps through them (accept, skip, always skip this word).
/// Nothing changes until the user applies; applying is one undo step.
export function CasingDialog() {
  const open = useSession((s) => s.dialog?.kind === 'casing');
  if (!open) return null;
  return <CasingDialogBody />;
}

function CasingDialogBody() {
  const controller = useController();
  const actions = useActions();
  const [phase, setPhase] = useState<Phase>({ kind: 'reading', done: 0, total: 0 });
  const close = () => controller.closeDialog('casing');

  useEffect(() => {
    const abort = new AbortController();
    controller.casing
      .propose((done, total) => setPhase({ kind: 'reading', done, total }), abort.signal)
      .then((proposal) => setPhase({ kind: 'ready', proposal }))
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setPhase({ kind: 'failed', message: String(error) });
      });
    return () => abort.abort();
  }, [controller]);

  const finish = (proposal: CasingProposal, keep?: Set<CasingItem>, never: Set<string> = new Set()) => {
    const changed = controller.casing.apply(proposal, keep ? (item) => keep.has(item) : undefined, [
      ...never,
    ]);
    actions.notify(
      'info',
      changed === null
        ? 'The transcript changed while the dialog was open: nothing was applied. Try again.'
        : `Capitalization fixed: ${words(changed)} changed.`,
    );
    close();
  };

  return (
    <Modal title="Fix capitalization" onClose={close}>
      {phase.kind === 'reading' && (
        <p role="status">
          <progress value={phase.done} max={phase.total || 1} aria-label="Reading the transcript" /> Reading{' '}
          {phase.total > 0
            ? `${phase.done.toLocaleString('en-US')} of ${phase.total.toLocaleString('en-US')} turns`
            : 'the transcript'}
          …
        </p>
      )}
      {phase.kind === 'failed' && (
        <p className="form-error" role="alert">
          Could not read the transcript: {phase.message}
        </p>
      )}
      {phase.kind === 'ready' && <Summary proposal={phase.proposal} />}
      {phase.kind === 'stepping' && <Step phase={phase} />}
      <div className="modal-actions">
        <button type="button" onClick={close}>
          Cancel
        </button>
        {phase.kind === 'ready' && phase.proposal.items.length > 0 && (
          <>
            <button
              type="button"
              onClick={() =>
                setPhase({
                  kind: 'stepping',
                  proposal: phase.proposal,
                  at: 0,
                  keep: new Set(),
                  never: new Set(),
                })
              }
            >
              Step through
            </button>
            <button type="button" className="primary" onClick={() => finish(phase.proposal)} autoFocus>
              Apply all
            </button>
          </>
        )}
        {phase.kind === 'stepping' && <StepButtons phase={phase} setPhase={setPhase} finish={finish} />}
      </div>
    </Modal>
  );
}

function Summary({ proposal }: { proposal: CasingProposal }) {
  const where = proposal.selection ? 'in the selection' : 'in the transcript';
  if (proposal.items.length === 0) {
    return <p role="status">Every word {where} is already capitalized as the fixer would write it.</p>;
  }
  return (
    <>
      <p role="status" className="casing-count">
        {words(proposal.items.length)} will change in{' '}
        {proposal.turns === 1 ? '1 turn' : `${proposal.turns.toLocaleString('en-US')} turns`} {where}:
        sentence starts, I, names, places, organisations, titles, days and months, acronyms.
      </p>
      <ul className="casing-sample" aria-label="Sample of the changes">
        {proposal.items.slice(0, SAMPLE).map((item, i) => (
          <li key={i}>
            <InContext item={item} />
          </li>
        ))}
      </ul>
      <p className="hint">
        Speakers, times, gaps and review marks stay as they are. Applying is one undo step (Ctrl+Z). Gap and
        sound tags are left alone, and so are words already in mixed case.
      </p>
    </>
  );
}

function InContext({ item }: { item: CasingItem }) {
  return (
    <span className="casing-context">
      {item.before}
      <del>{item.change.before}</del>
      <ins>{item.change.after}</ins>
      {item.after}
    </span>
  );
}

type Stepping = Extract<Phase, { kind: 'stepping' }>;

function Step({ phase }: { phase: Stepping }) {
  const item = phase.proposal.items[phase.at];
  if (!item) {
    return (
      <p role="status">
        Done: {words(phase.keep.size)} accepted of {phase.proposal.items.length.toLocaleString('en-US')}.
      </p>
    );
  }
  return (
    <>
      <p role="status">
        Change {(phase.at + 1).toLocaleString('en-US')} of{' '}
        {phase.proposal.items.length.toLocaleString('en-US')}
        {phase.keep.size > 0 ? ` (${phase.keep.size.toLocaleString('en-US')} accepted)` : ''}
      </p>
      <p className="casing-step">
        <InContext item={item} />
      </p>
    </>
  );
}

function StepButtons({
  phase,
  setPhase,
  finish,
}: {
  phase: Stepping;
  setPhase: (phase: Phase) => void;
  finish: (proposal: CasingProposal, keep: Set<CasingItem>, never: Set<string>) => void;
}) {
  const items = phase.proposal.items;
  const item = items[phase.at];
  /// The next change after `at` whose word is not one to leave alone.
  const advance = (keep: Set<CasingItem>, never: Set<string>) => {
    let at = phase.at + 1;
    while (at < items.length && never.has(items[at]!.change.before.toLowerCase())) at++;
    setPhase({ ...phase, at, keep, never });
  };
  return (
    <>
      {item && (
        <>
          <button
            type="button"
            onClick={() => {
              const never = new Set(phase.never).add(item.change.before.toLowerCase());
              advance(phase.keep, never);
            }}
          >
            Always skip “{item.change.before.toLowerCase()}”
          </button>
          <button type="button" onClick={() => advance(phase.keep, phase.never)}>
            Skip
          </button>
          <button
            type="button"
            className="primary"
            autoFocus
            onClick={() => advance(new Set(phase.keep).add(item), phase.never)}
          >
            Accept
          </button>
        </>
      )}
      <button
        type="button"
        className={item ? '' : 'primary'}
        autoFocus={!item}
        onClick={() => finish(phase.proposal, phase.keep, phase.never)}
      >
        Apply {words(phase.keep.size)} accepted
      </button>
    </>
  );
}

function words(n: number): string {
  return n === 1 ? '1 word' : `${n.toLocaleString('en-US')} words`;
}
