import { compareEntries, matchesRegister, registerEntryOf, type DecisionRegister, type RegisterHit } from '../decisionRegister';
import type { Meeting } from '../model';

/**
 * The decision register over meetings in memory, for screen tests: the same matching rules as
 * storage (`matchesRegister`), pages of `pageSize`, newest first.
 */
export function createInMemoryDecisionRegister(meetings: readonly Meeting[], minutesUrl?: (meeting: Meeting) => string | undefined): DecisionRegister {
  const entries: RegisterHit[] = meetings.flatMap((meeting) =>
    meeting.items.map((item) => {
      const url = minutesUrl?.(meeting);
      return { ...registerEntryOf(meeting, item), ...(url ? { minutesUrl: url } : {}) };
    }),
  );
  return {
    years: async () => {
      const years = meetings.map((meeting) => Number(meeting.date.slice(0, 4)));
      return years.length === 0 ? undefined : { first: Math.min(...years), last: Math.max(...years) };
    },
    search: (query: Parameters<DecisionRegister['search']>[0], options: { pageSize?: number } = {}) => {
      const hits = entries.filter((entry) => matchesRegister(entry, query)).sort(compareEntries);
      const size = options.pageSize ?? 25;
      let offset = 0;
      return {
        nextPage: async () => {
          const page = hits.slice(offset, offset + size);
          offset += size;
          return { hits: page, done: offset >= hits.length, requests: 0 };
        },
      };
    },
  };
}
