// Renderer: the Settings screen: the company profile and where the data lives.
import { PageHeader } from '../../components/PageHeader';
import { useCompanyStore } from '../../stores/company-store';
import { CompanyProfileForm } from './CompanyProfileForm';
import { DataSection } from './DataSection';

export function SettingsPage() {
  const company = useCompanyStore((s) => s.company);
  return (
    <>
      <PageHeader title="Settings" subtitle="Your company details and where Hirebook keeps its data." />
      <div className="settings">
        {company ? <CompanyProfileForm key={company.updatedAt} company={company} /> : <div className="card settings-card muted">Loading company profile…</div>}
        <DataSection />
      </div>
    </>
  );
}
