// Renderer: the first import step: paste the text, or open a .txt, .md, .docx or .html file.
import { CardHeader } from '../../components/CardHeader';
import { FileUp, ScanText } from 'lucide-react';
import { useRef, useState } from 'react';
import { acceptFor } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { useJdImportStore } from '../../stores/jd-import-store';

export function JdImportSource() {
  const [text, setText] = useState('');
  const busy = useJdImportStore((s) => s.busy);
  const error = useJdImportStore((s) => s.error);
  const fileRef = useRef<HTMLInputElement>(null);

  const onFile = (file: File | undefined) => {
    if (file) void useJdImportStore.getState().parseFile(file);
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <div className="import-source">
      {error ? (
        <div className="form-alert" role="alert">
          {error}
        </div>
      ) : null}
      <section className="card import-card" aria-labelledby="paste-title">
        <CardHeader id="paste-title" title="Paste the text" description="Copy the whole posting from a job board, an email or a document. Headings, bullets and “Salary: …” lines are recognised." />
        <div className="import-paste">
          <label htmlFor="import-text" className="sr-only">
            Job description text
          </label>
          <textarea id="import-text" className="input textarea import-textarea" rows={14} value={text} placeholder="Paste here…" onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="card-footer">
          <Button variant="primary" icon={<ScanText size={16} aria-hidden="true" />} disabled={busy} onClick={() => void useJdImportStore.getState().parseText(text)}>
            {busy ? 'Reading…' : 'Read pasted text'}
          </Button>
        </div>
      </section>
      <section className="card import-card" aria-labelledby="file-title">
        <CardHeader id="file-title" title="Or open a file" description="A text file, a Word document (.docx) or a saved web page (.html), up to 5 MB." />
        <div className="card-footer card-footer-split">
          <span className="muted">Nothing is saved until you review it.</span>
          <label className={`btn btn-secondary file-btn${busy ? ' file-btn-busy' : ''}`}>
            <FileUp size={16} aria-hidden="true" />
            Open a file…
            <input
              ref={fileRef}
              type="file"
              className="sr-only"
              accept={acceptFor('job-description')}
              disabled={busy}
              onChange={(e) => onFile(e.target.files?.[0])}
            />
          </label>
        </div>
      </section>
    </div>
  );
}
