// Says, before `npm run package` builds installers, which of them will be signed and notarised and which
// will not, from the environment variables electron-builder reads (it signs and notarises by itself when they
// are set, and skips with its own log line when not; this puts the plain answer first). Never fails: an
// unsigned installer is still a working one for trying Hirebook out. Runs in Node.
//
//   Windows and macOS signing: CSC_LINK (a .p12/.pfx file or its base64) and CSC_KEY_PASSWORD; on Windows
//     WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD take precedence. On a Mac, a Developer ID certificate in the
//     login keychain also works (CSC_NAME picks one).
//   macOS notarisation (after signing): APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID, or
//     APPLE_API_KEY (path to the .p8), APPLE_API_KEY_ID and APPLE_API_ISSUER.
//   Linux: AppImage and .deb are not signed.

/** What signing and notarisation the environment allows, for each target, in words. */
export function signingPlan(env = process.env, platform = process.platform) {
  const has = (...names) => names.every((n) => typeof env[n] === 'string' && env[n] !== '');
  const lines = [];
  if (platform === 'win32') {
    lines.push(has('WIN_CSC_LINK') || has('CSC_LINK') ? 'Windows installer: signed (WIN_CSC_LINK or CSC_LINK).' : 'Windows installer: NOT signed — set CSC_LINK and CSC_KEY_PASSWORD (or WIN_CSC_LINK) to sign it. Windows SmartScreen will warn people who download it.');
  }
  if (platform === 'darwin') {
    const signing = has('CSC_LINK') || has('CSC_NAME') ? 'signed (CSC_LINK or CSC_NAME)' : 'signed only if a Developer ID certificate is in the login keychain (set CSC_LINK and CSC_KEY_PASSWORD to be sure)';
    const notarising = has('APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID') || has('APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER')
      ? 'notarised (APPLE_* credentials set)'
      : 'NOT notarised — set APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID (or APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER). Gatekeeper will refuse to open it without a right-click → Open.';
    lines.push(`macOS app: ${signing}; ${notarising}`);
  }
  if (platform === 'linux') lines.push('Linux AppImage and .deb: not signed (Linux packages of this kind carry no signature).');
  return lines;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  for (const line of signingPlan()) console.log(`signing: ${line}`);
}
