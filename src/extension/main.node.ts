/** Desktop entry: the language server runs as a Node process over IPC. */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateWith, type CrosscheckApi } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  return activateWith(context, (ctx, options) => {
    const module = ctx.asAbsolutePath('dist/server.js');
    return new LanguageClient('crosscheck', 'Crosscheck', {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    }, options);
  });
}

export function deactivate(): void {}
