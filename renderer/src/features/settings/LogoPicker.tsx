// Renderer: choose, preview and remove the company logo (PNG, JPEG or WebP under 2 MB). The preview is
// read here; on Save the core reads the file itself by its path.
import { ImagePlus, Trash2 } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { LOGO_MAX_BYTES, LOGO_MIME_TYPES } from '../../../../electron/contract';
import { errorMessage, pathOf } from '../../api/client';
import { Button } from '../../components/Button';

/** undefined: keep what is stored; null: remove it; a picked file: replace it. */
export type LogoChange = { path: string; previewUrl: string } | null | undefined;

interface Props {
  storedUrl: string | null;
  change: LogoChange;
  onChange(change: LogoChange): void;
}

/** A data: URL of the picked image, only for the preview on this screen. */
function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the file'));
    reader.readAsDataURL(file);
  });
}

function isLogoType(type: string): boolean {
  return (LOGO_MIME_TYPES as readonly string[]).includes(type);
}

export function LogoPicker({ storedUrl, change, onChange }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const preview = change === undefined ? storedUrl : change === null ? null : change.previewUrl;

  const pick = async (file: File | undefined) => {
    if (!file) return;
    if (!isLogoType(file.type)) return setError('Use a PNG, JPEG or WebP image.');
    if (file.size > LOGO_MAX_BYTES) {
      return setError(`That image is ${(file.size / 1024 / 1024).toFixed(1)} MB. The logo must be 2 MB or smaller.`);
    }
    let path: string;
    try {
      path = pathOf(file);
    } catch (e) {
      return setError(errorMessage(e));
    }
    try {
      const previewUrl = await readAsDataUrl(file);
      setError(null);
      onChange({ path, previewUrl });
    } catch {
      setError('Could not read that file.');
    }
  };

  return (
    <div className={`field logo-field${error ? ' field-invalid' : ''}`}>
      <span className="field-label" id={`${id}-label`}>
        Logo
      </span>
      <div className="logo-row">
        <div className="logo-preview" aria-live="polite">
          {preview ? <img src={preview} alt="Company logo preview" /> : <span className="muted">No logo</span>}
        </div>
        <div className="logo-actions">
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="file"
            className="sr-only"
            accept={LOGO_MIME_TYPES.join(',')}
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={Boolean(error)}
            onChange={(e) => {
              void pick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <Button icon={<ImagePlus size={16} aria-hidden="true" />} onClick={() => inputRef.current?.click()}>
            {preview ? 'Replace logo' : 'Upload logo'}
          </Button>
          {preview ? (
            <Button variant="ghost" icon={<Trash2 size={16} aria-hidden="true" />} onClick={() => onChange(null)}>
              Remove logo
            </Button>
          ) : null}
        </div>
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <p className="field-hint" id={`${id}-hint`}>
        PNG, JPEG or WebP, up to 2 MB. Shown at the top of your printed postings.
      </p>
    </div>
  );
}
