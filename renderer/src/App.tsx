// Renderer: the app shell: sidebar, the current screen, toasts, app-wide shortcuts and data refresh.
import { useEffect } from 'react';
import { Toaster } from 'sonner';
import { CandidateFormPage } from './features/candidates/CandidateFormPage';
import { CandidateProfilePage } from './features/candidates/CandidateProfilePage';
import { CandidatesPage } from './features/candidates/CandidatesPage';
import { DescriptionPage } from './features/descriptions/DescriptionPage';
import { JdImportPage } from './features/jd-import/JdImportPage';
import { InterviewModePage } from './features/interview-mode/InterviewModePage';
import { InterviewPage } from './features/interviews/InterviewPage';
import { InterviewsPage } from './features/interviews/InterviewsPage';
import { KitPage } from './features/interviews/KitPage';
import { ScheduleDialog } from './features/interviews/ScheduleDialog';
import { SchedulePicker } from './features/interviews/SchedulePicker';
import { PipelinePage } from './features/pipeline/PipelinePage';
import { PostingPage } from './features/postings/PostingPage';
import { RoleFormPage } from './features/roles/RoleFormPage';
import { RolesPage } from './features/roles/RolesPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { DueForDeletionPage } from './features/privacy/DueForDeletionPage';
import { PrivacyNoticePage } from './features/privacy/PrivacyNoticePage';
import { MessageTemplatesPage } from './features/messages/MessageTemplatesPage';
import { BackupDialog, RestoreDialog } from './features/backup/BackupDialogs';
import { DataBanners, QuitBackupOverlay } from './features/shell/DataBanners';
import { LeaveGuardDialog } from './features/shell/LeaveGuardDialog';
import { Sidebar } from './features/shell/Sidebar';
import { ReportsPage } from './features/reports/ReportsPage';
import { CommandPalette } from './features/palette/CommandPalette';
import { ShortcutsSheet } from './features/palette/ShortcutsSheet';
import { TemplatesPage } from './features/templates/TemplatesPage';
import { TodayPage } from './features/today/TodayPage';
import { notifyError } from './lib/notify';
import { useAppCommands } from './lib/app-commands';
import { watchBackupEvents } from './stores/backup-store';
import { useCompanyStore, watchCompany } from './stores/company-store';
import { watchDataHealth } from './stores/data-health-store';
import { watchRoles } from './stores/roles-store';
import { startRouting, useRouteStore, type Route } from './stores/route-store';
import { useThemeStore } from './stores/theme-store';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'today':
      return <TodayPage />;
    case 'reports':
      return <ReportsPage />;
    case 'roles':
      return <RolesPage />;
    case 'role-new':
      return <RoleFormPage key="new" roleId={null} />;
    case 'role-edit':
      return <RoleFormPage key={route.id} roleId={route.id} focusField={route.field} />;
    case 'role-description':
      return <DescriptionPage roleId={route.id} />;
    case 'role-posting':
      return <PostingPage key={route.id} roleId={route.id} />;
    case 'role-pipeline':
      return <PipelinePage key={route.id} roleId={route.id} spotlight={route.card ?? null} />;
    case 'templates':
      return <TemplatesPage key={route.roleId ?? 'new'} roleId={route.roleId ?? null} />;
    case 'jd-import':
      return <JdImportPage key={route.roleId ?? 'new'} roleId={route.roleId ?? null} />;
    case 'candidates':
      return <CandidatesPage />;
    case 'candidate-new':
      return <CandidateFormPage key="new" candidateId={null} />;
    case 'candidate-edit':
      return <CandidateFormPage key={`edit-${route.id}`} candidateId={route.id} />;
    case 'candidate':
      return <CandidateProfilePage key={route.id} candidateId={route.id} />;
    case 'settings':
      return <SettingsPage />;
    case 'privacy-due':
      return <DueForDeletionPage />;
    case 'privacy-notice':
      return <PrivacyNoticePage />;
    case 'message-templates':
      return <MessageTemplatesPage />;
    case 'interviews':
      return <InterviewsPage />;
    case 'interview':
      return <InterviewPage key={route.id} interviewId={route.id} />;
    case 'role-kit':
      return <KitPage key={route.id} roleId={route.id} />;
    case 'interview-mode':
      return <InterviewModePage key={`${route.id}:${route.interviewerId ?? ''}`} interviewId={route.id} {...(route.interviewerId ? { interviewerId: route.interviewerId } : {})} />;
  }
}

export function App() {
  const route = useRouteStore((s) => s.route);
  const theme = useThemeStore((s) => s.theme);

  useEffect(() => startRouting(), []);

  // Each screen starts at its top; the content pane would otherwise keep the last screen's scroll.
  useEffect(() => {
    document.getElementById('main')?.scrollTo(0, 0);
  }, [route]);

  useEffect(() => {
    useCompanyStore.getState().load().catch((e: unknown) => notifyError(e, 'Could not load the company profile'));
    // A write from any screen or window of the app: the roles list and the company profile follow it.
    const stopRoles = watchRoles();
    const stopCompany = watchCompany();
    // The damaged / read-only banner, and the File menu's backup items and the quit-time backup overlay.
    const stopHealth = watchDataHealth();
    const stopBackups = watchBackupEvents();
    return () => {
      stopRoles();
      stopCompany();
      stopHealth();
      stopBackups();
    };
  }, []);

  // File → New (Ctrl/Cmd+N), Back Up Now… and Restore: the one list of commands the menus use too.
  useAppCommands();

  return (
    <>
      {route.name === 'interview-mode' ? (
        // Interview mode takes the whole window: no sidebar to distract from the conversation.
        <Screen route={route} />
      ) : (
        <div className="shell">
          <Sidebar />
          <main className="content" id="main">
            <DataBanners />
            <Screen route={route} />
          </main>
        </div>
      )}
      <LeaveGuardDialog />
      <BackupDialog />
      <RestoreDialog />
      <QuitBackupOverlay />
      <SchedulePicker />
      <ScheduleDialog />
      <CommandPalette />
      <ShortcutsSheet />
      {/* Lifted 80 px: the sticky action bars at the foot of long forms (the import review, the description editor)
          keep their buttons, "Create role" included, clear of a toast while it shows. */}
      <Toaster position="bottom-right" offset={{ bottom: 80 }} closeButton richColors theme={theme} />
    </>
  );
}
