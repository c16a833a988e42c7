// Which files and folders the owner picked, so the desktop app reads and writes only there. A folder
// counts once the folder dialog returned it (app:choose-folder); a file once the open dialog returned it
// (app:choose-file) or the preload resolved a file the owner dropped or chose (Core.grantFile). The CLI
// and scripts name their own paths on the command line, so their core does not require grants. Runs in
// plain Node.
import path from 'node:path';
import { DomainError } from '../errors';

export const UNCHOSEN_FOLDER = 'Choose the folder with the folder button: Hirebook writes only into a folder you picked.';
export const UNCHOSEN_FILE = 'Open the file with the Open button or drop it on the window: Hirebook reads only files you picked.';

export class PathGrants {
  private readonly folders = new Set<string>();
  private readonly files = new Set<string>();

  /** `required`: the desktop app (true) refuses paths the owner did not pick; the CLI (false) trusts its caller. */
  constructor(readonly required: boolean) {}

  grantFolder(folder: string): void {
    this.folders.add(path.resolve(folder));
  }

  grantFile(file: string): void {
    this.files.add(path.resolve(file));
  }

  /** Throws invalid_input naming `field` when grants are required and the folder was not picked. */
  checkFolder(folder: string, field: readonly (string | number)[]): void {
    if (this.required && !this.folders.has(path.resolve(folder))) {
      throw new DomainError('invalid_input', UNCHOSEN_FOLDER, [{ path: [...field], message: UNCHOSEN_FOLDER }]);
    }
  }

  /** Throws invalid_input naming `field` when grants are required and the file was not picked. */
  checkFile(file: string, field: readonly (string | number)[]): void {
    if (this.required && !this.files.has(path.resolve(file))) {
      throw new DomainError('invalid_input', UNCHOSEN_FILE, [{ path: [...field], message: UNCHOSEN_FILE }]);
    }
  }

  /**
   * A path that may be a file or a folder (a folder dropped on the window is granted like a file; one the
   * folder dialog returned, as a folder); the files inside a granted folder may then be read.
   */
  checkFileOrFolder(target: string, field: readonly (string | number)[]): void {
    const resolved = path.resolve(target);
    if (this.required && !this.files.has(resolved) && !this.folders.has(resolved)) {
      throw new DomainError('invalid_input', UNCHOSEN_FILE, [{ path: [...field], message: UNCHOSEN_FILE }]);
    }
  }
}
