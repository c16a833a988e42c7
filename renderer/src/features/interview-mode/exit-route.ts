// Renderer: remembers the screen interview mode was opened from, so Exit goes back there (the interview's
// page when it was opened directly, e.g. after a restart).
import { useRouteStore, type Route } from '../../stores/route-store';

let cameFrom: Route | null = null;

useRouteStore.subscribe((state, previous) => {
  if (state.route.name === 'interview-mode' && previous.route.name !== 'interview-mode') cameFrom = previous.route;
});

export function exitRoute(interviewId: string): Route {
  return cameFrom ?? { name: 'interview', id: interviewId };
}
