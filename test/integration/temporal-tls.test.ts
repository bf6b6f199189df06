import { loadConfig } from '@safecase/common';
import { temporalConnectionOptions } from '@safecase/temporal';
import { Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:tls';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/**
 * The connection options built from TEMPORAL_TLS_* (issue #16 §6), against a real Temporal. The dev
 * server (`temporal server start-dev`, CLI 1.9) has no TLS option of its own, so a TLS terminator in
 * front of it does what a production cluster's frontend does: presents a certificate signed by our
 * test CA, requires a client certificate from the same CA (mTLS), speaks h2 (ALPN) and relays the
 * decrypted gRPC stream to the dev server.
 */
describe('Temporal over mTLS, configured by TEMPORAL_TLS_*', () => {
  const env = testEnvironment();
  const dir = mkdtempSync(join(tmpdir(), 'safecase-tls-'));
  const file = (name: string) => join(dir, name);
  let server: Server;
  let address: string;
  const sockets = new Set<Socket>();

  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  /** A key and a certificate signed by the test CA. */
  function issue(name: string, subject: string, ext: string) {
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-subj',
      subject,
      '-out',
      `${name}.csr`,
    );
    writeFileSync(file(`${name}.ext`), ext);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.pem`,
    );
  }

  beforeAll(async () => {
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=safecase test CA',
    );
    issue(
      'server',
      '/CN=temporal.safecase.test',
      'subjectAltName=DNS:temporal.safecase.test\nextendedKeyUsage=serverAuth\n',
    );
    issue('client', '/CN=safecase-worker', 'extendedKeyUsage=clientAuth\n');
    const [host, port] = env.temporalAddress.split(':') as [string, string];
    server = createServer(
      {
        key: readFileSync(file('server.key')),
        cert: readFileSync(file('server.pem')),
        ca: readFileSync(file('ca.pem')),
        requestCert: true,
        rejectUnauthorized: true,
        ALPNProtocols: ['h2'],
      },
      (client) => {
        const upstream = connect(Number(port), host);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const end = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', end).on('close', end);
        upstream.on('error', end).on('close', end);
      },
    );
    server.on('tlsClientError', () => undefined); // the refusals below are on purpose
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    address = `127.0.0.1:${(server.address() as { port: number }).port}`;
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const base = { DATABASE_URL: env.databaseUrl, AUTH_JWT_SECRET: 's'.repeat(32) };
  const optionsFrom = (vars: Record<string, string>) =>
    temporalConnectionOptions(loadConfig({ ...base, TEMPORAL_ADDRESS: address, ...vars }).temporal);
  const mtls = {
    TEMPORAL_TLS_SERVER_CA_FILE: file('ca.pem'),
    TEMPORAL_TLS_CLIENT_CERT_FILE: file('client.pem'),
    TEMPORAL_TLS_CLIENT_KEY_FILE: file('client.key'),
    TEMPORAL_TLS_SERVER_NAME: 'temporal.safecase.test',
  };

  it("connects the API's client (grpc-js) with the CA, the client pair and the server name", async () => {
    const connection = await Connection.connect(optionsFrom(mtls));
    try {
      const info = await connection.workflowService.getSystemInfo({});
      expect(info.capabilities).toBeTruthy();
    } finally {
      await connection.close();
    }
  });

  it("connects the worker's native connection (Rust core) the same way", async () => {
    const connection = await NativeConnection.connect(optionsFrom(mtls));
    try {
      const info = await connection.workflowService.getSystemInfo({});
      expect(info.capabilities).toBeTruthy();
    } finally {
      await connection.close();
    }
  });

  it('takes the PEMs inline as well as from files', async () => {
    const connection = await Connection.connect(
      optionsFrom({
        TEMPORAL_TLS_SERVER_CA: readFileSync(file('ca.pem'), 'utf8'),
        TEMPORAL_TLS_CLIENT_CERT: readFileSync(file('client.pem'), 'utf8'),
        TEMPORAL_TLS_CLIENT_KEY: readFileSync(file('client.key'), 'utf8'),
        TEMPORAL_TLS_SERVER_NAME: 'temporal.safecase.test',
      }),
    );
    try {
      await expect(connection.workflowService.getSystemInfo({})).resolves.toBeTruthy();
    } finally {
      await connection.close();
    }
  });

  it('is refused without the client certificate (mTLS), and without our CA', async () => {
    const attempts: Record<string, string>[] = [
      {
        TEMPORAL_TLS_SERVER_CA_FILE: mtls.TEMPORAL_TLS_SERVER_CA_FILE,
        TEMPORAL_TLS_SERVER_NAME: mtls.TEMPORAL_TLS_SERVER_NAME,
      },
      {
        TEMPORAL_TLS_CLIENT_CERT_FILE: mtls.TEMPORAL_TLS_CLIENT_CERT_FILE,
        TEMPORAL_TLS_CLIENT_KEY_FILE: mtls.TEMPORAL_TLS_CLIENT_KEY_FILE,
        TEMPORAL_TLS_SERVER_NAME: mtls.TEMPORAL_TLS_SERVER_NAME,
      },
    ];
    for (const vars of attempts) {
      const refused = NativeConnection.connect(optionsFrom(vars)).then(
        async (c) => {
          await c.close();
          return 'connected';
        },
        () => 'refused',
      );
      await expect(refused).resolves.toBe('refused');
    }
  });
});
