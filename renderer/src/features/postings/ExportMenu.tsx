// Renderer: the Export menu of one role (posting view, role form, description screen, each roles-list row):
// PDF, print, job-board text, Markdown, HTML and JSON-LD, and where useful a way to the posting preview.
import { ClipboardCopy, Code, Download, Eye, FileDown, FileText, Printer, Share } from 'lucide-react';
import type { PostingLayout } from '../../../../electron/contract';
import { MenuButton, type MenuItem } from '../../components/MenuButton';
import { notifyError } from '../../lib/notify';
import { useRouteStore } from '../../stores/route-store';
import { copyJobBoardText, downloadExport, printPosting, savePdf } from '../../stores/postings-actions';

interface ExportMenuProps {
  roleId: string;
  /** Shown in the accessible name of the icon-only variant, e.g. "Export Head Baker". */
  roleTitle?: string;
  layout?: PostingLayout;
  /** Adds "Preview posting" (everywhere but the posting view itself). */
  withPreview?: boolean;
  iconOnly?: boolean;
  /** Runs before each export, e.g. saving the description's last keystrokes first. */
  prepare?: () => Promise<unknown>;
}

const ICON = { size: 16, 'aria-hidden': true } as const;

export function ExportMenu({ roleId, roleTitle, layout = 'classic', withPreview, iconOnly, prepare }: ExportMenuProps) {
  const navigate = useRouteStore((s) => s.navigate);
  const run = (action: () => Promise<void>) => () => {
    const ready = prepare ? prepare() : Promise.resolve();
    ready.then(action, (e: unknown) => notifyError(e, 'Could not save the latest changes first'));
  };
  const items: MenuItem[] = [
    ...(withPreview ? [{ label: 'Preview posting', icon: <Eye {...ICON} />, onSelect: () => navigate({ name: 'role-posting', id: roleId }) }] : []),
    { label: 'Save PDF…', icon: <FileDown {...ICON} />, onSelect: run(() => savePdf(roleId, layout)), separated: withPreview },
    { label: 'Print…', icon: <Printer {...ICON} />, onSelect: run(() => printPosting(roleId, layout)) },
    { label: 'Copy text for job boards', icon: <ClipboardCopy {...ICON} />, onSelect: run(() => copyJobBoardText(roleId)), separated: true },
    { label: 'Download for other editors (Markdown)', icon: <FileText {...ICON} />, onSelect: run(() => downloadExport(roleId, 'md')) },
    { label: 'Download as a web page (HTML)', icon: <Download {...ICON} />, onSelect: run(() => downloadExport(roleId, 'html')) },
    { label: 'Download for search engines (JSON-LD)', icon: <Code {...ICON} />, onSelect: run(() => downloadExport(roleId, 'jsonld')) },
  ];
  const label = iconOnly && roleTitle ? `Export ${roleTitle}` : 'Export';
  return <MenuButton label={label} icon={<Share {...ICON} />} items={items} iconOnly={iconOnly} />;
}
