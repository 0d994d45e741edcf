import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import './ui/styles.css';
import { loadWordList } from './core/suspects/index.ts';
import { parseTeamLink } from './core/team/link.ts';

// The word list for suspect-word marks is a separate 3 MB chunk: fetch it as
// part of loading the page, so nothing is requested once the app is running.
// A team link loads it once the shared transcript is drawn (SuspectMarks):
// reading the list is a long task that would hold up the server's copy.
if (!parseTeamLink(location.hash)) void loadWordList();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
