import '../../src/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/ui/base.css';
import '../../src/settings/ui/settings.css';
import { SettingsApp } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SettingsApp />
  </StrictMode>,
);
