import { useLayoutEffect, useRef } from 'react';
import 'prosemirror-view/style/prosemirror.css';
import { useController } from '../appContext.ts';

/// The element the EditorView lives in. React renders it once and never
/// reconciles inside it.
export function EditorPane() {
  const controller = useController();
  const place = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = place.current;
    if (!el) return;
    controller.mount(el);
    return () => controller.unmount();
  }, [controller]);
  return <div className="editor-pane" ref={place} />;
}
