import { connect, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  /** host:port to give the client instead of the server's. */
  address: string;
  /** From now on, what the clients send is dropped: the server hears nothing more from them. */
  hold(): void;
  /** Cuts every connection (new ones pass again). */
  dropAll(): void;
  close(): Promise<void>;
}

/**
 * A TCP relay between a client and a server, for drills that need a client to go silent at an exact
 * moment: a worker that has committed its work in PostgreSQL but cannot tell Temporal any more.
 */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const [host, port] = target.split(':') as [string, string];
  const sockets = new Set<Socket>();
  let held = false;
  const server = createServer((client) => {
    const upstream = connect(Number(port), host);
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => {
      if (!held) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const s of [client, upstream]) s.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no port');
  return {
    address: `127.0.0.1:${address.port}`,
    hold: () => void (held = true),
    dropAll: () => {
      for (const s of sockets) s.destroy();
      held = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
