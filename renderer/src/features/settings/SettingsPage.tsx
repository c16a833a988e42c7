// Renderer: the Settings screen: the company profile, the colour theme, the way to the message templates,
// privacy and where the data lives.
import { PageHeader } from '../../components/PageHeader';
import { useCompanyStore } from '../../stores/company-store';
import { AppearanceSection } from './AppearanceSection';
import { CompanyProfileForm } from './CompanyProfileForm';
import { DataSection } from './DataSection';
import { MessagesSection } from '../messages/MessagesSection';
import { PrivacySection } from '../privacy/PrivacySection';

export function SettingsPage() {
  const company = useCompanyStore((s) => s.company);
  return (
    <>
      <PageHeader title="Settings" subtitle="Your company details, how Hirebook looks, what it writes to candidates, how long it keeps their data and where it keeps its data." />
      <div className="settings">
        {company ? <CompanyProfileForm key={company.updatedAt} company={company} /> : <div className="card settings-card muted">Loading company profile…</div>}
        <AppearanceSection />
        <MessagesSection />
        <PrivacySection />
        <DataSection />
      </div>
    </>
  );
}
