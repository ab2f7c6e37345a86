import type { SyncStorage } from '../draftStore';

/** A tab's sessionStorage in memory, for tests. */
export function memoryStorage(): SyncStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
  };
}
