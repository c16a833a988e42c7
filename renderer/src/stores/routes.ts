// Renderer: the app's routes and their hash addresses (#/roles/:id/pipeline?card=…), both ways, and the
// sidebar section each belongs to. Pure (no window); route-store.ts keeps the current one.
export type Route =
  | { name: 'today' }
  | { name: 'roles' }
  | { name: 'role-new' }
  | { name: 'role-edit'; id: string; field?: string }
  | { name: 'role-description'; id: string }
  | { name: 'role-posting'; id: string }
  /** `card`: an application to scroll to and focus on the board (from Today). */
  | { name: 'role-pipeline'; id: string; card?: string }
  | { name: 'templates'; roleId?: string }
  | { name: 'jd-import'; roleId?: string }
  | { name: 'candidates' }
  | { name: 'candidate-new' }
  | { name: 'candidate'; id: string }
  | { name: 'candidate-edit'; id: string }
  | { name: 'interviews' }
  | { name: 'interview'; id: string }
  | { name: 'interview-mode'; id: string; interviewerId?: string }
  | { name: 'role-kit'; id: string }
  | { name: 'reports' }
  | { name: 'settings' }
  /** Who is due for deletion (from Settings → Privacy and the Today reminder). */
  | { name: 'privacy-due' }
  /** The privacy notice to print or copy for the careers page and walk-in forms. */
  | { name: 'privacy-notice' }
  /** The message templates to candidates, to edit (from Settings → Messages). */
  | { name: 'message-templates' };

export type Section = 'today' | 'roles' | 'candidates' | 'interviews' | 'reports' | 'settings';

export function parseHash(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (first === 'roles' && second === 'new') return { name: 'role-new' };
  if (first === 'roles' && second && third === 'edit') {
    const field = new URLSearchParams(search).get('field');
    return field ? { name: 'role-edit', id: decodeURIComponent(second), field } : { name: 'role-edit', id: decodeURIComponent(second) };
  }
  if (first === 'roles' && second && third === 'description') return { name: 'role-description', id: decodeURIComponent(second) };
  if (first === 'roles' && second && third === 'posting') return { name: 'role-posting', id: decodeURIComponent(second) };
  if (first === 'roles' && second && third === 'pipeline') {
    const card = new URLSearchParams(search).get('card');
    return card ? { name: 'role-pipeline', id: decodeURIComponent(second), card } : { name: 'role-pipeline', id: decodeURIComponent(second) };
  }
  if (first === 'roles' && second && third === 'kit') return { name: 'role-kit', id: decodeURIComponent(second) };
  if (first === 'interviews' && second && third === 'mode') {
    const interviewerId = new URLSearchParams(search).get('interviewer');
    return interviewerId
      ? { name: 'interview-mode', id: decodeURIComponent(second), interviewerId }
      : { name: 'interview-mode', id: decodeURIComponent(second) };
  }
  if (first === 'interviews' && second) return { name: 'interview', id: decodeURIComponent(second) };
  if (first === 'roles' && second && (third === 'templates' || third === 'jd-import')) return { name: third, roleId: decodeURIComponent(second) };
  if (first === 'templates' || first === 'jd-import') return { name: first };
  if (first === 'candidates' && second === 'new') return { name: 'candidate-new' };
  if (first === 'candidates' && second && third === 'edit') return { name: 'candidate-edit', id: decodeURIComponent(second) };
  if (first === 'candidates' && second) return { name: 'candidate', id: decodeURIComponent(second) };
  if (first === 'privacy' && second === 'due') return { name: 'privacy-due' };
  if (first === 'privacy' && second === 'notice') return { name: 'privacy-notice' };
  if (first === 'settings' && second === 'messages') return { name: 'message-templates' };
  if (first === 'roles' || first === 'candidates' || first === 'interviews' || first === 'reports' || first === 'settings') {
    return { name: first };
  }
  // Today is the home screen: the app opens on it, and an unknown address lands there.
  return { name: 'today' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'role-new':
      return '#/roles/new';
    case 'role-edit':
      return `#/roles/${encodeURIComponent(route.id)}/edit${route.field ? `?field=${encodeURIComponent(route.field)}` : ''}`;
    case 'role-description':
      return `#/roles/${encodeURIComponent(route.id)}/description`;
    case 'role-posting':
      return `#/roles/${encodeURIComponent(route.id)}/posting`;
    case 'role-pipeline':
      return `#/roles/${encodeURIComponent(route.id)}/pipeline${route.card ? `?card=${encodeURIComponent(route.card)}` : ''}`;
    case 'role-kit':
      return `#/roles/${encodeURIComponent(route.id)}/kit`;
    case 'interview':
      return `#/interviews/${encodeURIComponent(route.id)}`;
    case 'interview-mode':
      return `#/interviews/${encodeURIComponent(route.id)}/mode${route.interviewerId ? `?interviewer=${encodeURIComponent(route.interviewerId)}` : ''}`;
    case 'candidate-new':
      return '#/candidates/new';
    case 'candidate':
      return `#/candidates/${encodeURIComponent(route.id)}`;
    case 'candidate-edit':
      return `#/candidates/${encodeURIComponent(route.id)}/edit`;
    case 'privacy-due':
      return '#/privacy/due';
    case 'privacy-notice':
      return '#/privacy/notice';
    case 'message-templates':
      return '#/settings/messages';
    case 'templates':
    case 'jd-import':
      return route.roleId ? `#/roles/${encodeURIComponent(route.roleId)}/${route.name}` : `#/${route.name}`;
    default:
      return `#/${route.name}`;
  }
}

export function sectionOf(route: Route): Section {
  switch (route.name) {
    case 'role-new':
    case 'role-edit':
    case 'role-description':
    case 'role-posting':
    case 'role-pipeline':
    case 'role-kit':
    case 'templates':
    case 'jd-import':
      return 'roles';
    case 'interview':
    case 'interview-mode':
      return 'interviews';
    case 'candidate-new':
    case 'candidate':
    case 'candidate-edit':
      return 'candidates';
    case 'privacy-due':
    case 'privacy-notice':
    case 'message-templates':
      return 'settings';
    default:
      return route.name;
  }
}
