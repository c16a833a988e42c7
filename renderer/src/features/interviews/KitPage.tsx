// Renderer: a role's interview kit (#/roles/:id/kit): criteria from the role's requirements and the owner's
// own criteria and questions, edited inline and reordered, saved explicitly (with a leave guard), printed.
import { AlertTriangle, ClipboardList, FileDown, FileText, FileQuestion, ListPlus, MessageCircleQuestion, Plus, Printer, Save, Share } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { toast } from 'sonner';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { MenuButton } from '../../components/MenuButton';
import { PageHeader } from '../../components/PageHeader';
import { focusFirstInvalid } from '../../lib/field-errors';
import { notifyError } from '../../lib/notify';
import { usePrintCommand } from '../../lib/print-target';
import { useHotkey } from '../../lib/use-hotkey';
import { useRouteStore } from '../../stores/route-store';
import { printKit, saveKitPdf } from '../../stores/interviews-actions';
import { isKitDirty, kitActions, useKitStore } from '../../stores/kit-store';
import { KitList } from './KitList';
import { useKitLifecycle } from './use-kit-lifecycle';
import './kit.css';

const ICON = { size: 16, 'aria-hidden': true } as const;

async function save(): Promise<void> {
  if (await kitActions.save()) toast.success('Kit saved');
}

async function generate(): Promise<void> {
  try {
    const added = await kitActions.generate();
    if (added > 0) toast.success(`Added ${added} criteri${added === 1 ? 'on' : 'a'} from the requirements`);
    else if (!isKitDirty()) toast.message('Every requirement is already in the kit');
  } catch (e) {
    notifyError(e, 'Could not add criteria from the requirements');
  }
}

/** Saves unsaved edits first, so the PDF and the printout show what is on screen. */
const afterSave = (action: () => Promise<void>) => () => {
  const ready = isKitDirty() ? kitActions.save() : Promise.resolve(true);
  void ready.then((ok) => (ok ? action() : undefined));
};

function focusNew(key: string): void {
  requestAnimationFrame(() => document.getElementById(`kit-${key}-label`)?.focus());
}

function Requirements({ roleId }: { roleId: string }) {
  const pending = useKitStore((s) => s.newRequirements);
  const navigate = useRouteStore((s) => s.navigate);
  if (pending.length === 0) return null;
  return (
    <section className="card kit-requirements" aria-labelledby="kit-req-title">
      <div className="kit-requirements-head">
        <h2 id="kit-req-title" className="card-title">
          {pending.length} requirement{pending.length === 1 ? '' : 's'} not in the kit yet
        </h2>
        <Button variant="primary" icon={<ListPlus {...ICON} />} onClick={() => void generate()}>
          Add {pending.length} from requirements
        </Button>
      </div>
      <ul className="kit-requirement-list">
        {pending.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <Button size="sm" variant="ghost" onClick={() => navigate({ name: 'role-description', id: roleId })}>
        Edit the requirements in the job description
      </Button>
    </section>
  );
}

function EmptyKit({ roleId }: { roleId: string }) {
  const pending = useKitStore((s) => s.newRequirements.length);
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <EmptyState icon={<ClipboardList size={28} />} title="This role has no interview kit yet">
      <p>
        {pending > 0
          ? `Build it from the role’s ${pending} requirement${pending === 1 ? '' : 's'}: one criterion each, which you can then edit, reorder and add questions to.`
          : 'Add the criteria you want every interviewer to rate, and the questions to ask. Requirements in the job description can become criteria in one click.'}
      </p>
      {pending === 0 ? (
        <Button variant="ghost" onClick={() => navigate({ name: 'role-description', id: roleId })}>
          Open the job description
        </Button>
      ) : null}
    </EmptyState>
  );
}

function AddButtons() {
  return (
    <div className="kit-add">
      <Button icon={<Plus {...ICON} />} onClick={() => focusNew(kitActions.add('criterion'))}>
        Add criterion
      </Button>
      <Button icon={<MessageCircleQuestion {...ICON} />} onClick={() => focusNew(kitActions.add('question'))}>
        Add question
      </Button>
    </div>
  );
}

function Header({ roleId }: { roleId: string }) {
  const navigate = useRouteStore((s) => s.navigate);
  const { roleTitle, saving } = useKitStore();
  const dirty = useKitStore(isKitDirty);
  const count = useKitStore((s) => s.items.length);
  const back = (
    <BackLink href={`#/roles/${roleId}/pipeline`} onNavigate={() => navigate({ name: 'role-pipeline', id: roleId })}>
      Pipeline
    </BackLink>
  );
  // File → Print… (Ctrl/Cmd+P) prints the kit, as its Print… item does.
  usePrintCommand(afterSave(() => printKit(roleId)));
  const items = [
    { label: 'Save PDF…', icon: <FileDown {...ICON} />, onSelect: afterSave(() => saveKitPdf(roleId)) },
    { label: 'Print…', icon: <Printer {...ICON} />, onSelect: afterSave(() => printKit(roleId)) },
  ];
  return (
    <PageHeader
      sticky
      title={`Interview kit: ${roleTitle}`}
      before={back}
      subtitle={dirty ? 'Unsaved changes' : `${count} item${count === 1 ? '' : 's'} · all changes saved`}
      actions={
        <>
          <Button icon={<FileText {...ICON} />} onClick={() => navigate({ name: 'role-description', id: roleId })}>
            Job description
          </Button>
          <MenuButton label="Export" icon={<Share {...ICON} />} items={items} />
          <Button variant="primary" icon={<Save {...ICON} />} onClick={() => void save()} disabled={saving || !dirty}>
            Save kit
          </Button>
        </>
      }
    />
  );
}

function Problem({ roleId }: { roleId: string }) {
  const { status, message } = useKitStore();
  const navigate = useRouteStore((s) => s.navigate);
  const missing = status === 'missing';
  return (
    <>
      <PageHeader title={missing ? 'Role not found' : 'Interview kit'} />
      <EmptyState
        icon={missing ? <FileQuestion size={28} /> : <AlertTriangle size={28} />}
        title={missing ? 'This role no longer exists' : 'Could not open the interview kit'}
        actions={missing ? <Button onClick={() => navigate({ name: 'roles' })}>Back to roles</Button> : <Button onClick={() => void kitActions.load(roleId)}>Try again</Button>}
      >
        <p>{missing ? 'It may have been deleted.' : message}</p>
      </EmptyState>
    </>
  );
}

export function KitPage({ roleId }: { roleId: string }) {
  useKitLifecycle(roleId);
  const status = useKitStore((s) => s.status);
  const count = useKitStore((s) => s.items.length);
  const refusals = useKitStore((s) => s.refusals);
  const formError = useKitStore((s) => s.errors.form);
  const rootRef = useRef<HTMLDivElement>(null);
  useHotkey('s', () => void save());
  useEffect(() => {
    if (refusals > 0) focusFirstInvalid(rootRef.current);
  }, [refusals]);

  if (status === 'missing' || status === 'error') return <Problem roleId={roleId} />;
  if (status === 'loading') return <PageHeader title="Interview kit" subtitle="Loading…" />;
  return (
    <div className="kit-page" ref={rootRef}>
      <Header roleId={roleId} />
      {formError ? (
        <p className="form-alert" role="alert">
          {formError}
        </p>
      ) : null}
      <Requirements roleId={roleId} />
      {count === 0 ? <EmptyKit roleId={roleId} /> : <KitList />}
      <AddButtons />
    </div>
  );
}
