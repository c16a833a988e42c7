// The renderer's hash routes: every route survives routeHash → parseHash, including the board opened for
// one card (?card=, from Today) and ids that need escaping; Today's links map to those routes. Runs in
// Vitest (Node; the route store is plain TypeScript over zustand).
import { describe, expect, it } from 'vitest';
import { routeOfLink } from '../../renderer/src/features/today/today-links';
import { parseHash, routeHash, type Route } from '../../renderer/src/stores/routes';

describe('hash routes', () => {
  it('read back every route they write, with and without the card a board is opened for', () => {
    const routes: Route[] = [
      { name: 'today' },
      { name: 'role-pipeline', id: 'r-1' },
      { name: 'role-pipeline', id: 'r 1/2', card: 'app-9' },
      { name: 'role-edit', id: 'r-1', field: 'closesOn' },
      { name: 'interview-mode', id: 'i-1', interviewerId: 'p-2' },
      { name: 'candidate', id: 'c-1' },
      { name: 'message-templates' },
    ];
    for (const route of routes) expect(parseHash(routeHash(route))).toEqual(route);
    expect(routeHash({ name: 'role-pipeline', id: 'r-1', card: 'a&b' })).toBe('#/roles/r-1/pipeline?card=a%26b');
  });

  it("turn Today's board links into the board, at the card when the link names one", () => {
    expect(routeOfLink({ screen: 'role-pipeline', id: 'r-1', focus: 'app-9' })).toEqual({ name: 'role-pipeline', id: 'r-1', card: 'app-9' });
    expect(routeOfLink({ screen: 'role-pipeline', id: 'r-1', focus: null })).toEqual({ name: 'role-pipeline', id: 'r-1' });
  });
});
