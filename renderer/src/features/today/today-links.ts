// Renderer: where a link from the core's Today (TodayLink) goes among the renderer's routes. Pure.
import type { TodayLink } from '../../../../electron/contract';
import type { Route } from '../../stores/routes';

/** Where a core link goes in the renderer's routes (null for "load the sample data", which is an action). */
export function routeOfLink(link: TodayLink): Route | null {
  const id = link.id ?? '';
  switch (link.screen) {
    case 'role-pipeline':
      return link.focus ? { name: 'role-pipeline', id, card: link.focus } : { name: 'role-pipeline', id };
    case 'role-edit':
      return link.focus ? { name: 'role-edit', id, field: link.focus } : { name: 'role-edit', id };
    case 'interview':
      return { name: 'interview', id };
    case 'interview-mode':
      return link.focus ? { name: 'interview-mode', id, interviewerId: link.focus } : { name: 'interview-mode', id };
    case 'candidate':
      return { name: 'candidate', id };
    case 'role-new':
      return { name: 'role-new' };
    case 'candidates':
      return { name: 'candidates' };
    case 'privacy-due':
      return { name: 'privacy-due' };
    default:
      return null;
  }
}
