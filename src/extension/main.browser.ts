/** Web entry (VS Code for the Web): the language server runs in a web worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, type CrosscheckApi } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  return activateWith(context, (ctx, options) => {
    const worker = new Worker(vscode.Uri.joinPath(ctx.extensionUri, 'dist/web/server.js').toString(true));
    return new LanguageClient('crosscheck', 'Crosscheck', worker, options);
  });
}

export function deactivate(): void {}
