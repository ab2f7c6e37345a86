import { useCallback, useEffect, useRef, useState } from 'react';
import { yearsDescending, type DecisionRegister, type FollowUpStatusReader, type RegisterHit, type RegisterQuery, type RegisterSearch } from '../../../domain/decisionRegister';

export interface RegisterState {
  status: 'idle' | 'searching' | 'ready' | 'failed';
  hits: RegisterHit[];
  /** No more pages for this search. */
  done: boolean;
  loadingMore: boolean;
  error?: unknown;
  /** With "has open follow-up": oppfølgingspunkter of the saker read whose task Graph would not show (not counted as open). */
  unknownFollowUps: number;
}

/** Rows per request when the export reads a whole search: bigger pages, fewer requests. */
const EXPORT_PAGE = 200;

/**
 * The register's state apart from its rendering: the years it holds, one search at a time (a new
 * search drops the pages of the one before), the next page as the user scrolls, and every hit of
 * a search for the export.
 */
export function useRegisterSearch(load: () => Promise<DecisionRegister>, statuses?: FollowUpStatusReader) {
  const [state, setState] = useState<RegisterState>({ status: 'idle', hits: [], done: true, loadingMore: false, unknownFollowUps: 0 });
  // The status reader goes with each search (it loads Tasks.ReadWrite's chunk only when asked).
  const options = statuses ? { statuses } : {};
  const [years, setYears] = useState<number[]>([]);
  const current = useRef<{ search: RegisterSearch; id: number; busy: boolean } | undefined>(undefined);
  const counter = useRef(0);

  useEffect(() => {
    let live = true;
    load()
      .then((register) => register.years())
      .then((range) => {
        if (live) setYears(range ? yearsDescending(range) : []);
      })
      // The year list is a convenience: a failure shows up on the search itself.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [load]);

  const search = useCallback(
    async (query: RegisterQuery) => {
      const id = ++counter.current;
      setState({ status: 'searching', hits: [], done: false, loadingMore: false, unknownFollowUps: 0 });
      try {
        const register = await load();
        const running = { search: register.search(query, options), id, busy: true };
        current.current = running;
        const page = await running.search.nextPage();
        running.busy = false;
        if (counter.current === id) setState({ status: 'ready', hits: page.hits, done: page.done, loadingMore: false, unknownFollowUps: page.unknownFollowUps ?? 0 });
      } catch (error) {
        if (counter.current === id) setState({ status: 'failed', hits: [], done: true, loadingMore: false, error, unknownFollowUps: 0 });
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- options is rebuilt from `statuses` each render
    [load, statuses],
  );

  const loadMore = useCallback(async () => {
    const running = current.current;
    if (!running || running.busy || running.id !== counter.current) return;
    running.busy = true;
    setState((previous) => (previous.done ? previous : { ...previous, loadingMore: true }));
    try {
      const page = await running.search.nextPage();
      if (counter.current === running.id) setState((previous) => ({ ...previous, status: 'ready', hits: [...previous.hits, ...page.hits], done: page.done, loadingMore: false, unknownFollowUps: previous.unknownFollowUps + (page.unknownFollowUps ?? 0) }));
    } catch (error) {
      if (counter.current === running.id) setState((previous) => ({ ...previous, loadingMore: false, error }));
    } finally {
      running.busy = false;
    }
  }, []);

  /** Every hit of `query`, reading on until the end; `onProgress` hears how many so far. */
  const allHits = useCallback(
    async (query: RegisterQuery, onProgress: (count: number) => void): Promise<RegisterHit[]> => {
      const register = await load();
      const reading = register.search(query, { pageSize: EXPORT_PAGE, ...options });
      const hits: RegisterHit[] = [];
      for (;;) {
        const page = await reading.nextPage();
        hits.push(...page.hits);
        onProgress(hits.length);
        if (page.done) return hits;
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- options is rebuilt from `statuses` each render
    [load, statuses],
  );

  return { state, years, search, loadMore, allHits };
}
