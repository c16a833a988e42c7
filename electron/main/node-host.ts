// Starts the core host (out/main/core-host.js) as a plain Node child process: the stand-in for Electron's
// utility process where there is no Electron (the main-wiring tests' fake, the benchmark). Messages use
// the same structured clone as Electron's, so bytes (a PDF) cross as they would in the app.
import { fork } from 'node:child_process';
import type { FromHost, ToHost } from '../core-host/host-protocol';
import type { HostProcess } from './remote-core';

export function forkNodeHost(script: string, options: { execArgv?: string[] } = {}): HostProcess & { pid: number | undefined } {
  const child = fork(script, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: options.execArgv ?? [] });
  // A message sent to a child that just died fails here; its 'exit' answers what was waiting.
  child.on('error', () => undefined);
  return {
    pid: child.pid,
    postMessage: (message: ToHost) => {
      if (child.connected) child.send(message);
    },
    onMessage: (handler) => void child.on('message', (message) => handler(message as FromHost)),
    onExit: (handler) => void child.on('exit', (code, signal) => handler(code ?? (signal ? 128 : 1))),
    kill: () => void child.kill(),
  };
}
