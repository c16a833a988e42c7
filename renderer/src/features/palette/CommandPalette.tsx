// Renderer: Find anything (Ctrl/Cmd+K): a cmdk list inside a Radix Dialog (focus stays in it, Esc closes,
// focus goes back where it was). Typing asks search:everything (through the palette store, 80 ms after the
// last key) and shows candidates, notes, roles, interviews and templates with the typed words marked (a note
// as a line of it around the words), then the matching commands; an empty box shows the last things opened, then every command. ↑ ↓ move, Enter opens.
import * as Dialog from '@radix-ui/react-dialog';
import { Command } from 'cmdk';
import { Briefcase, CalendarClock, FileText, Search, User, type LucideIcon } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { SearchResults } from '../../../../electron/contract';
import { formatDateTime } from '../../lib/dates';
import { keyCap } from '../../lib/shortcuts';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { usePaletteStore, type PaletteTarget } from '../../stores/palette-store';
import { useRouteStore, type Route } from '../../stores/route-store';
import { Highlighted } from './Highlighted';
import { matchingCommands, type PaletteCommand } from './palette-commands';

const SEARCH_DELAY_MS = 80;

const KIND_ICON: Record<PaletteTarget['kind'], LucideIcon> = { role: Briefcase, candidate: User, interview: CalendarClock, template: FileText };
const KIND_WORD: Record<PaletteTarget['kind'], string> = { role: 'Role', candidate: 'Candidate', interview: 'Interview', template: 'Template' };

const MATCHED_IN = { name: '', email: '', phone: '', tag: 'Tag', resume: 'Found in the résumé or other details' } as const;
const NOTE_WORD = { note: 'Note', interview_note: 'Interview note' } as const;

/** The second line of a candidate found: where the typed words are (a line of a note, their tags, …). */
function candidateDetail(c: SearchResults['candidates'][number]): string {
  switch (c.matchedIn) {
    case 'tag':
      return `Tags: ${c.tags.join(', ')}`;
    case 'resume':
      return MATCHED_IN.resume;
    case 'phone':
      return c.phone;
    case 'note':
    case 'interview_note':
      return `${NOTE_WORD[c.matchedIn]}: ${c.snippet}`;
    default:
      return c.email;
  }
}

/** A note found: it opens the interview it was written on, or the person's profile. */
function noteTarget(n: SearchResults['notes'][number]): PaletteTarget {
  const label = `${n.candidateName} — ${n.roleTitle}`;
  return n.interviewId !== null
    ? { kind: 'interview', id: n.interviewId, label, detail: n.snippet, kindWord: NOTE_WORD[n.kind] }
    : { kind: 'candidate', id: n.candidateId, label, detail: n.snippet, kindWord: NOTE_WORD[n.kind] };
}

function routeOf(target: PaletteTarget): Route {
  switch (target.kind) {
    case 'role':
      return { name: 'role-pipeline', id: target.id };
    case 'candidate':
      return { name: 'candidate', id: target.id };
    case 'interview':
      return { name: 'interview', id: target.id };
    case 'template':
      return { name: 'templates' };
  }
}

/** The search's answer as palette lines, group by group; a thing already listed in an earlier group is not repeated. */
function groups(results: SearchResults): { heading: string; targets: PaletteTarget[] }[] {
  const seen = new Set<string>();
  const once = (targets: PaletteTarget[]): PaletteTarget[] =>
    targets.filter((t) => {
      const key = `${t.kind}:${t.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return [
    {
      heading: 'Candidates',
      targets: results.candidates.map((c) => ({ kind: 'candidate' as const, id: c.id, label: c.fullName, detail: candidateDetail(c) })),
    },
    { heading: 'Notes', targets: results.notes.map(noteTarget) },
    {
      heading: 'Roles',
      targets: results.roles.map((r) => ({ kind: 'role' as const, id: r.id, label: r.title, detail: [r.department, r.archived ? 'Archived' : ''].filter(Boolean).join(' · ') })),
    },
    {
      heading: 'Interviews',
      targets: results.interviews.map((i) => ({ kind: 'interview' as const, id: i.id, label: `${i.candidateName} — ${i.roleTitle}`, detail: formatDateTime(i.startsAt) })),
    },
    {
      heading: 'Templates',
      targets: results.templates.map((t) => ({ kind: 'template' as const, id: t.id, label: t.name, detail: t.source === 'owner' ? `Yours · ${t.category}` : t.category })),
    },
  ]
    .map((g) => ({ ...g, targets: once(g.targets) }))
    .filter((g) => g.targets.length > 0);
}

function TargetItem({ target, query, onOpen }: { target: PaletteTarget; query: string; onOpen(target: PaletteTarget): void }) {
  const Icon = KIND_ICON[target.kind];
  return (
    <Command.Item value={`${target.kind}:${target.id}`} onSelect={() => onOpen(target)} className="palette-item">
      <Icon size={16} aria-hidden="true" className="palette-icon" />
      <span className="palette-text">
        <span className="palette-label">
          <Highlighted text={target.label} query={query} />
        </span>
        {target.detail ? (
          <span className="palette-detail">
            <Highlighted text={target.detail} query={query} />
          </span>
        ) : null}
      </span>
      <span className="palette-kind">{target.kindWord ?? KIND_WORD[target.kind]}</span>
    </Command.Item>
  );
}

function CommandItem({ command, query, onRun }: { command: PaletteCommand; query: string; onRun(command: PaletteCommand): void }) {
  const Icon = command.icon;
  return (
    <Command.Item value={`command:${command.id}`} onSelect={() => onRun(command)} className="palette-item">
      <Icon size={16} aria-hidden="true" className="palette-icon" />
      <span className="palette-text">
        <span className="palette-label">
          <Highlighted text={command.label} query={query} />
        </span>
      </span>
      {command.key ? (
        <span className="palette-keys">
          <kbd>{keyCap('mod')}</kbd>
          <kbd>{command.key.toUpperCase()}</kbd>
        </span>
      ) : null}
    </Command.Item>
  );
}

function PaletteBody() {
  const [text, setText] = useState('');
  const query = useDebouncedValue(text, SEARCH_DELAY_MS);
  const found = usePaletteStore((s) => s.found);
  const recent = usePaletteStore((s) => s.recent);

  useEffect(() => {
    void usePaletteStore.getState().search(query);
  }, [query]);

  const close = (): void => usePaletteStore.getState().setOpen(false);
  const open = (target: PaletteTarget): void => {
    usePaletteStore.getState().remember(target);
    close();
    useRouteStore.getState().navigate(routeOf(target));
  };
  const run = (command: PaletteCommand): void => {
    close();
    command.run();
  };

  const typed = text.trim() !== '';
  // Only results for the text in the box are shown: an older answer, still on screen, could be opened by
  // an Enter pressed quickly after typing, and would not be what was asked for.
  const current = typed && found.status === 'ready' && found.text === text;
  const shown = current ? groups(found.results) : [];
  const commands = matchingCommands(typed ? text : '');
  const nothing = current && shown.length === 0 && commands.length === 0;

  return (
    <Command label="Find anything" shouldFilter={false} loop vimBindings={false} className="palette">
      <div className="palette-input-row">
        <Search size={16} aria-hidden="true" className="palette-icon" />
        <Command.Input value={text} onValueChange={setText} placeholder="Find a role, candidate, note, interview or template, or type a command" className="palette-input" aria-label="Find anything" />
      </div>
      <Command.List className="palette-list" aria-busy={typed && !current && found.status !== 'error'}>
        {!typed && recent.length > 0 ? (
          <Command.Group heading="Recent" className="palette-group">
            {recent.map((target) => (
              <TargetItem key={`${target.kind}:${target.id}`} target={target} query="" onOpen={open} />
            ))}
          </Command.Group>
        ) : null}
        {shown.map((group) => (
          <Command.Group key={group.heading} heading={group.heading} className="palette-group">
            {group.targets.map((target) => (
              <TargetItem key={`${target.kind}:${target.id}`} target={target} query={text} onOpen={open} />
            ))}
          </Command.Group>
        ))}
        {commands.length > 0 ? (
          <Command.Group heading="Commands" className="palette-group">
            {commands.map((command) => (
              <CommandItem key={command.id} command={command} query={typed ? text : ''} onRun={run} />
            ))}
          </Command.Group>
        ) : null}
        {nothing ? (
          <p className="palette-empty" role="status">
            Nothing found for “{text.trim()}”.
          </p>
        ) : null}
        {typed && found.status === 'error' && found.text === query ? (
          <p className="palette-empty" role="alert">
            Could not search: {found.message}
          </p>
        ) : null}
      </Command.List>
      <p className="palette-footer" aria-hidden="true">
        <kbd>↑</kbd>
        <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close
      </p>
    </Command>
  );
}

export function CommandPalette() {
  const open = usePaletteStore((s) => s.open);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => usePaletteStore.getState().setOpen(next)}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog palette-dialog" aria-describedby={undefined}>
          <Dialog.Title className="sr-only">Find anything</Dialog.Title>
          {open ? <PaletteBody /> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
