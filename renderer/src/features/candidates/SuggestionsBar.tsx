// Renderer: contact details found in an added file's text, each offered for confirmation ("Add email x@y?");
// nothing is saved until the person says yes.
import { useState } from 'react';
import { toast } from 'sonner';
import type { AttachmentSuggestions, CandidateProfile } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { notifyError } from '../../lib/notify';
import { candidateActions } from '../../stores/candidates-actions';

type Kind = 'email' | 'phone' | 'link';
interface Offer {
  kind: Kind;
  value: string;
}

const norm = (s: string) => s.trim().toLowerCase();

function offersFor(profile: CandidateProfile, s: AttachmentSuggestions): Offer[] {
  const known = new Set([...profile.emails, ...profile.phones, profile.linkedinUrl, profile.portfolioUrl, ...profile.links.map((l) => l.url)].map(norm));
  const all: Offer[] = [
    ...s.emails.map((value) => ({ kind: 'email' as const, value })),
    ...s.phones.map((value) => ({ kind: 'phone' as const, value })),
    ...s.links.map((value) => ({ kind: 'link' as const, value })),
  ];
  return all.filter((o) => !known.has(norm(o.value)));
}

interface Props {
  profile: CandidateProfile;
  suggestions: AttachmentSuggestions;
  onDone(): void;
  onChanged(): void;
}

export function SuggestionsBar({ profile, suggestions, onDone, onChanged }: Props) {
  const [offers, setOffers] = useState(() => offersFor(profile, suggestions));
  const [busy, setBusy] = useState(false);
  if (offers.length === 0) return null;

  const drop = (offer: Offer) => {
    const rest = offers.filter((o) => o !== offer);
    setOffers(rest);
    if (rest.length === 0) onDone();
  };

  const accept = async (offer: Offer) => {
    setBusy(true);
    try {
      await candidateActions.addFoundDetail(profile.id, offer);
      toast.success(`Added ${offer.value}`);
      onChanged();
      drop(offer);
    } catch (e) {
      notifyError(e, `Could not add ${offer.value}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="suggestions" role="region" aria-label="Found in the file">
      <p className="suggestions-title">Found in the file. Add to the profile?</p>
      <ul className="suggestion-list">
        {offers.map((o) => (
          <li key={`${o.kind}:${o.value}`} className="suggestion">
            <span>
              Add {o.kind} <strong>{o.value}</strong>?
            </span>
            <Button size="sm" variant="primary" disabled={busy} onClick={() => void accept(o)} aria-label={`Add ${o.kind} ${o.value}`}>
              Add
            </Button>
            <Button size="sm" variant="ghost" disabled={busy} onClick={() => drop(o)} aria-label={`Ignore ${o.value}`}>
              Ignore
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
