// Renderer: a new file's full path inside a folder the folder dialog returned, written with the folder's own
// separator (Windows paths keep backslashes), and the local time stamp put in file names Hirebook proposes.

/** `<folder><sep><name>`, with one separator between them. */
export function fileInFolder(folder: string, name: string): string {
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder.replace(/[\\/]+$/, '')}${sep}${name}`;
}

/** "2026-12-06-143005": the local date and time, safe in a file name. */
export function fileStamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}
