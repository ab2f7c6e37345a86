import { useEffect, useState } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useReadyMark } from '../../../src/ui/shared/readyMark';
import { ReferenceControls } from '../reference/Controls';

type Shown = { title: string } | { problem: string } | undefined;

/**
 * The floor page's view (`main.tsx`): the reference page's Button and Textarea, rendered at once,
 * and the meeting's title when its read settles. The ready mark only for the title: a floor that
 * failed to read its meeting must not be timed as if it had.
 */
export function Floor({ meeting }: { meeting: Promise<string> }) {
  const [shown, setShown] = useState<Shown>(undefined);
  useEffect(() => {
    meeting.then(
      (title) => setShown({ title }),
      (error: unknown) => {
        console.error(error);
        setShown({ problem: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [meeting]);
  useReadyMark(shown !== undefined && 'title' in shown);
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        {shown === undefined ? null : 'title' in shown ? <h1>{shown.title}</h1> : <p role="alert">The floor page could not show the meeting: {shown.problem}</p>}
        <ReferenceControls />
      </main>
    </FluentProvider>
  );
}
