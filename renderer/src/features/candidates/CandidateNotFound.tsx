// Renderer: the "← Candidates" link above a candidate screen's title, and the screen shown in place of a
// candidate's profile or edit form when the candidate no longer exists.
import { UserX } from 'lucide-react';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useRouteStore } from '../../stores/route-store';

export function BackToCandidates() {
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <BackLink href="#/candidates" onNavigate={() => navigate({ name: 'candidates' })}>
      Candidates
    </BackLink>
  );
}

export function CandidateNotFound() {
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <>
      <PageHeader title="Candidate not found" before={<BackToCandidates />} />
      <EmptyState icon={<UserX size={28} />} title="This candidate no longer exists" actions={<Button onClick={() => navigate({ name: 'candidates' })}>Back to candidates</Button>}>
        <p>They may have been deleted or merged into another record.</p>
      </EmptyState>
    </>
  );
}
