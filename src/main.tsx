import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import './ui/styles.css';
import { loadWordList } from './core/suspects/index.ts';

// The word list for suspect-word marks is a separate 3 MB chunk: fetch it as
// part of loading the page, so nothing is requested once the app is running.
void loadWordList();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
