// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bytesBlob, downloadFile } from './downloadFile';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('downloadFile', () => {
  it('hands the file to the browser under its name and lets its address go afterwards', () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:motebok/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: Array<{ href: string; download: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    const blob = new Blob(['x'], { type: 'text/csv' });
    downloadFile(blob, 'Vedtak 2026.csv');
    expect(created).toEqual([blob]);
    expect(clicks).toEqual([{ href: 'blob:motebok/1', download: 'Vedtak 2026.csv' }]);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:motebok/1');
  });

  it('makes a Blob of only the rendered bytes, not the larger buffer they may sit in', async () => {
    const buffer = new Uint8Array([9, 9, 1, 2, 3, 9]);
    const blob = bytesBlob(buffer.subarray(2, 5), 'application/test');
    expect(blob.type).toBe('application/test');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
  });
});
