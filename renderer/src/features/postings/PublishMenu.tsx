// Renderer: the Roles screen's Publish menu: every open role at once, as a careers page folder or as PDFs.
import { Files, Globe, Upload } from 'lucide-react';
import { MenuButton } from '../../components/MenuButton';
import { exportCareersPage, usePublishStore } from '../../stores/publish-store';
import { BatchPdfDialog } from './BatchPdfDialog';

export function PublishMenu() {
  const items = [
    { label: 'Export careers page…', icon: <Globe size={16} aria-hidden="true" />, onSelect: () => void exportCareersPage() },
    { label: 'Save PDFs of open roles…', icon: <Files size={16} aria-hidden="true" />, onSelect: () => void usePublishStore.getState().savePdfs() },
  ];
  return (
    <>
      <MenuButton label="Publish" icon={<Upload size={16} aria-hidden="true" />} items={items} />
      <BatchPdfDialog />
    </>
  );
}
