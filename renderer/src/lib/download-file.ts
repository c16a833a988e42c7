// Renderer: saves bytes or text as a file through the browser's download path (an <a download> on a blob:
// URL). In the desktop app Electron answers with the system save dialog; in tests Playwright sees a download.

/** Decodes base64 (how PDFs cross IPC) into bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Offers `content` as a file named `fileName`; the blob URL is released once the download has started. */
export function downloadFile(content: Uint8Array<ArrayBuffer> | string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the blob by now; a minute is generous for slow save dialogs.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
