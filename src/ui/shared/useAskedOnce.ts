import { useEffect, useRef, useState } from 'react';

/**
 * An answer a screen needs only at some point (`ask` turns true), asked once per mounted screen: kept
 * across re-renders, effect re-runs and `ask` turning false and true again, so the question (a
 * request) is never sent twice. `undefined` until the answer is in. `question` must not reject:
 * what a failure means is the caller's to say (the workspace's `useSecretariatMembership`, the site
 * manager check in `useSitePermissions`).
 */
export function useAskedOnce<T>(ask: boolean, question: () => Promise<T>): T | undefined {
  const asked = useRef<Promise<T> | undefined>(undefined);
  const [answer, setAnswer] = useState<{ value: T } | undefined>(undefined);
  const questionRef = useRef(question);
  useEffect(() => {
    questionRef.current = question;
  }, [question]);
  useEffect(() => {
    if (!ask) return undefined;
    let live = true;
    asked.current ??= questionRef.current();
    void asked.current.then((value) => {
      if (live) setAnswer({ value });
    });
    return () => {
      live = false;
    };
  }, [ask]);
  return answer?.value;
}
