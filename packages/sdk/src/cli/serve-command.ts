/**
 * `tutorkit serve`: runs the hub (`@tutorkit/hub`), which is loaded only for this command so that
 * authors who never serve do not need it installed.
 */
import { EXIT, type Terminal } from './io.js';

interface HubModule {
  serve(argv: readonly string[]): Promise<number>;
}

export async function serveCommand(argv: readonly string[], term: Terminal): Promise<number> {
  const name = '@tutorkit/hub';
  let hub: HubModule;
  try {
    hub = (await import(name)) as HubModule;
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    term.error(`tutorkit serve needs the hub: npm install ${name}`);
    return EXIT.usage;
  }
  return hub.serve(argv);
}
