// Renderer: hash-based routing in a small zustand store, with a guard a dirty form can set. The routes and
// their addresses are in routes.ts.
import { create } from 'zustand';
import { parseHash, routeHash, type Route } from './routes';

export { parseHash, routeHash, sectionOf, type Route, type Section } from './routes';

interface RouteState {
  route: Route;
  /** Set by a screen with unsaved changes; navigation waits for the person to decide. */
  guard: (() => boolean) | null;
  /** Where the person wanted to go when the guard stopped them. */
  pending: Route | null;
  navigate(route: Route): void;
  setGuard(guard: (() => boolean) | null): void;
  confirmLeave(): void;
  cancelLeave(): void;
}

export const useRouteStore = create<RouteState>((set, get) => ({
  route: parseHash(window.location.hash),
  guard: null,
  pending: null,
  navigate(route) {
    const { guard } = get();
    if (guard && guard()) {
      set({ pending: route });
      return;
    }
    go(route);
  },
  setGuard(guard) {
    set({ guard });
  },
  confirmLeave() {
    const { pending } = get();
    set({ pending: null, guard: null });
    if (pending) go(pending);
  },
  cancelLeave() {
    set({ pending: null });
  },
}));

function go(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
  useRouteStore.setState({ route });
}

/** Keeps the store in step with the address (reload, or a hash typed elsewhere), respecting the guard. */
export function startRouting(): () => void {
  const onHashChange = (): void => {
    const next = parseHash(window.location.hash);
    const { route, guard } = useRouteStore.getState();
    if (routeHash(next) === routeHash(route)) return;
    if (guard && guard()) {
      // Put the address back and ask first.
      window.history.replaceState(null, '', routeHash(route));
      useRouteStore.setState({ pending: next });
      return;
    }
    useRouteStore.setState({ route: next });
  };
  window.addEventListener('hashchange', onHashChange);
  if (!window.location.hash) window.history.replaceState(null, '', routeHash(useRouteStore.getState().route));
  return () => window.removeEventListener('hashchange', onHashChange);
}
