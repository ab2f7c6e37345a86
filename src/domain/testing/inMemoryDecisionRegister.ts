import { compareEntries, matchesRegister, openFollowUpItems, registerEntryOf, type DecisionRegister, type RegisterHit, type RegisterSearchOptions } from '../decisionRegister';
import type { Meeting } from '../model';

/**
 * The decision register over meetings in memory, for screen tests: the same matching rules as
 * storage (`matchesRegister`, open follow-up by `options.statuses`), pages of `pageSize`, newest first.
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
    search: (query: Parameters<DecisionRegister['search']>[0], options: RegisterSearchOptions = {}) => {
      const size = options.pageSize ?? 25;
      let offset = 0;
      let matched: Promise<{ hits: RegisterHit[]; unknown: number }> | undefined;
      const match = async () => {
        const { openFollowUp: _asked, ...rowQuery } = query;
        const candidates = entries.filter((entry) => matchesRegister(entry, rowQuery) && (!query.openFollowUp || (entry.followUpTasks?.length ?? 0) > 0));
        const tasks = candidates.flatMap((entry) => entry.followUpTasks ?? []);
        const open =
          query.openFollowUp && options.statuses && tasks.length > 0
            ? openFollowUpItems(candidates, await options.statuses(tasks))
            : { open: new Set<string>(), unknown: 0 };
        return { hits: candidates.filter((entry) => matchesRegister(entry, query, open.open)).sort(compareEntries), unknown: open.unknown };
      };
      return {
        nextPage: async () => {
          matched ??= match();
          const { hits, unknown } = await matched;
          const first = offset === 0;
          const page = hits.slice(offset, offset + size);
          offset += size;
          return { hits: page, done: offset >= hits.length, requests: 0, ...(query.openFollowUp && first ? { unknownFollowUps: unknown } : {}) };
        },
      };
    },
  };
}
