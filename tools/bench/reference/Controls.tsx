import { useState } from 'react';
import { Button, Textarea } from '@fluentui/react-components';

/** The reference page's controls, a Textarea and a Button: the floor page (`../floor/`) shows the same. */
export function ReferenceControls() {
  const [text, setText] = useState('');
  return (
    <>
      <Textarea aria-label="Konklusjon" value={text} onChange={(_, data) => setText(data.value)} />
      <Button appearance="primary" onClick={() => setText('')}>
        Tøm
      </Button>
    </>
  );
}
