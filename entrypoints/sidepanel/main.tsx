// First: zod must be jitless before any module creates a schema.
import '../../src/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/ui/base.css';
import '../../src/sidepanel/sidepanel.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
