/*
 * The reference page of `npm run bench -- coldLoad` (issue 14): what any Teams app built on the
 * same stack loads before it can be used — React 19, Fluent UI's FluentProvider with a Button and a
 * Textarea, and teams-js, which talks to the host when the page is framed (as Teams frames a side
 * panel or a stage). Built in production mode with the app's own webpack configuration and served by
 * the same server; its ready moment is the same mark the app sets (`src/ui/shared/readyMark.ts`).
 * Not part of the product: only the bench builds it.
 */
import { createRoot } from 'react-dom/client';
import { app } from '@microsoft/teams-js';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useReadyMark } from '../../../src/ui/shared/readyMark';
import { ReferenceControls } from './Controls';

function Reference() {
  useReadyMark(true);
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <ReferenceControls />
      </main>
    </FluentProvider>
  );
}

async function start(): Promise<void> {
  // Framed by a host (Teams, or the local tenant's meeting simulator): say hello as every Teams app must.
  if (window.parent !== window) {
    const host = document.referrer ? [new URL(document.referrer).origin] : undefined;
    await app.initialize(host);
    await app.getContext();
  }
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<Reference />);
}

void start();
