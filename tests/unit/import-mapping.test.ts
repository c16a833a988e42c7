// The import's mapping step: a column read as a further e-mail, phone or location column shows as such,
// and changing one column's field keeps the others as the owner left them. Runs in Vitest (pure).
import { describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../electron/contract';
import { assignColumn, fieldOfColumn } from '../../renderer/src/features/candidates/import-mapping';

// OpenCATS: First Name, Last Name, E-Mail, 2nd E-Mail, Home Phone, Cell Phone, Work Phone, City, State.
const OPENCATS: ImportMapping = { firstName: 0, lastName: 1, email: 2, phone: 4, location: 7, also: { email: [3], phone: [5, 6], location: [8] } };

describe('import mapping', () => {
  it('shows every column that is read, the further ones included', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => fieldOfColumn(OPENCATS, c))).toEqual([
      'firstName', 'lastName', 'email', 'email', 'phone', 'phone', 'phone', 'location', 'location', '',
    ]);
  });

  it('a further column set to nothing stops being read; the rest stay', () => {
    const next = assignColumn(OPENCATS, 5, '');
    expect(next.phone).toBe(4);
    expect(next.also).toEqual({ email: [3], phone: [6], location: [8] });
  });

  it('choosing phone for another column adds it, it does not replace the first one', () => {
    const next = assignColumn(OPENCATS, 9, 'phone');
    expect(next.phone).toBe(4);
    expect(next.also?.phone).toEqual([5, 6, 9]);
  });

  it('a first column moved elsewhere hands its field to the next one', () => {
    const next = assignColumn(OPENCATS, 4, 'summary');
    expect(next.phone).toBe(5);
    expect(next.also?.phone).toEqual([6]);
  });

  it('a one-column field moves to the new column, and the last further column gone removes `also`', () => {
    const simple: ImportMapping = { name: 0, email: 1, also: { email: [2] } };
    expect(assignColumn(simple, 3, 'name')).toMatchObject({ name: 3 });
    expect(assignColumn(simple, 3, 'name')).not.toHaveProperty('name', 0);
    const none = assignColumn(simple, 2, '');
    expect(none).toEqual({ name: 0, email: 1 });
  });
});
