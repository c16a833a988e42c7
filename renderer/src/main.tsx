// Renderer entry: sets zod up for our CSP, loads fonts and styles, applies the colour theme, and mounts the app under an error boundary.
import './lib/zod-csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter';
import 'sonner/dist/styles.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/menu.css';
import './styles/floating.css';
import './styles/surfaces.css';
import './styles/shell.css';
import './styles/roles.css';
import './styles/forms.css';
import './styles/editor.css';
import './styles/descriptions.css';
import './styles/coach.css';
import './styles/revisions.css';
import './styles/templates.css';
import './styles/jd-import.css';
import './styles/postings.css';
import './styles/pipeline.css';
import './styles/pipeline-dialogs.css';
import './styles/backups.css';
import './styles/palette.css';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { TooltipProvider } from './components/Tooltip';
import { startTheme } from './stores/theme-store';
import { startReminders } from './stores/reminders-store';

startTheme();
startReminders();

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <TooltipProvider>
        <App />
      </TooltipProvider>
    </ErrorBoundary>
  </StrictMode>,
);
