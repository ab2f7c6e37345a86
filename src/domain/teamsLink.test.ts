import { describe, expect, it } from 'vitest';
import { chatIdFromJoinUrl } from './teamsLink';

describe('chatIdFromJoinUrl', () => {
  it('reads the meeting chat thread id from a Teams join URL, encoded as Teams writes it', () => {
    const url = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZjVlY2Et%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d';
    expect(chatIdFromJoinUrl(url)).toBe('19:meeting_NzQ4ZjVlY2Et@thread.v2');
  });

  it('says nothing for a URL without a thread id, a broken encoding or no URL', () => {
    expect(chatIdFromJoinUrl('https://example.no/møte')).toBeUndefined();
    expect(chatIdFromJoinUrl('https://teams.microsoft.com/l/meetup-join/%E0%A4%A')).toBeUndefined();
    expect(chatIdFromJoinUrl(undefined)).toBeUndefined();
  });
});
