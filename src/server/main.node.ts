/**
 * The language server as a Node process: started by the desktop extension over IPC, or by any
 * editor as `crosscheck-ls --stdio`. Without a client that lists the articles, it finds them
 * under the workspace folders itself.
 */
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { findArticles, readArticle } from '../node/readArticles';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all), {
  async scanFolders(folderUris, maxBytes) {
    const roots = folderUris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    const out = [];
    for (const root of roots) {
      for (const found of await findArticles([root])) {
        out.push({ uri: pathToFileURL(found.file).toString(), input: await readArticle(found, maxBytes) });
      }
    }
    return out;
  },
});
