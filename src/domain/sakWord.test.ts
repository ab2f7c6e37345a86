import { describe, expect, it } from 'vitest';
import { afterSakWord } from './sakWord';

describe('afterSakWord', () => {
  it('drops a leading «Sak» so a text saying «sak {number}» does not say it twice', () => {
    expect(afterSakWord('Sak 005-2026')).toBe('005-2026');
    expect(afterSakWord('sak 09-25')).toBe('09-25');
  });

  it('drops a word of the format that ends in «sak» («AMU-sak 12/26», «Styresak 4/26»): no «sak AMU-sak 12/26»', () => {
    expect(afterSakWord('AMU-sak 12/26')).toBe('12/26');
    expect(afterSakWord('Styresak 4/26')).toBe('4/26');
  });

  it('leaves numbers without it as they are', () => {
    expect(afterSakWord('2026.03')).toBe('2026.03');
    expect(afterSakWord('PS 14/24')).toBe('PS 14/24');
    expect(afterSakWord('Saksnr 3')).toBe('Saksnr 3');
    expect(afterSakWord('AMU 12/26')).toBe('AMU 12/26');
  });
});
