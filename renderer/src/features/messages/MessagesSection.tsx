// Renderer: Settings → Messages: what the message templates are for, and the way to edit them.
import { Mail } from 'lucide-react';
import { Button } from '../../components/Button';
import { CardHeader } from '../../components/CardHeader';
import { useRouteStore } from '../../stores/route-store';

export function MessagesSection() {
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <section className="card settings-card" aria-labelledby="messages-heading">
      <CardHeader
        id="messages-heading"
        title="Messages"
        description="The wording of acknowledgements, interview invitations, rejections (one for each reason), offers and your own messages to candidates. Hirebook fills in each person's details; you send from your own mail program."
      />
      <div className="settings-card-body">
        <Button icon={<Mail size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'message-templates' })}>
          Edit message templates
        </Button>
      </div>
    </section>
  );
}
