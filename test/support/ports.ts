import { createServer } from 'node:net';

/** A local port with no listener (taken and released), for "server is down" tests. */
export function freePortThatNobodyListensOn(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
