import { describe, expect, it } from 'vitest';
import { copyrightHolder } from '../../src/parse/fields/source.ts';

describe('copyrightHolder', () => {
  it.each([
    ['© 2021 Harbor Ledger Media Inc. All rights reserved.', 'Harbor Ledger Media'],
    ['© 2025 KESTRAN HERALD SRL', 'KESTRAN HERALD'],
    ['Copyright © 2024 Kestran Herald S.p.A.', 'Kestran Herald'],
    ['© 2025 Jornal do Kestra SA', 'Jornal do Kestra'],
    ['© 2025 Kestra Nieuws BV', 'Kestra Nieuws'],
  ])('names the company of %s without its legal form', (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
  });

  it('keeps words that are only a legal form elsewhere: "Spa Gazette" is a name', () => {
    expect(copyrightHolder('© 2024 Spa Gazette')).toBe('Spa Gazette');
  });

  it('names a holder written in a script without capitals, and still not one in lower case', () => {
    expect(copyrightHolder('Copyright © ケストラ港法律事務所 All Rights Reserved.')).toBe('ケストラ港法律事務所');
    expect(copyrightHolder('© 2024 the harbour board')).toBeNull();
  });
});
