import { readFileSync } from 'node:fs';
import type { PemSource, TemporalConfig } from '@safecase/common';

/** TLS as both SDK connections (the client's and the worker's native one) take it. */
export interface TemporalTls {
  serverRootCACertificate?: Buffer;
  clientCertPair?: { crt: Buffer; key: Buffer };
  serverNameOverride?: string;
}

/** The options every Temporal connection of the apps shares: the address, TLS, the API key. */
export interface TemporalConnectionOptions {
  address: string;
  tls?: TemporalTls;
  apiKey?: string;
  metadata?: Record<string, string>;
}

function read(source: PemSource, what: string): Buffer {
  if ('pem' in source) return Buffer.from(source.pem);
  try {
    return readFileSync(source.file);
  } catch (error) {
    // At boot, naming the variable: a missing certificate must not look like a down server.
    throw new Error(`${what}: cannot read ${source.file} (${(error as Error).message})`, { cause: error });
  }
}

/**
 * What `Connection.connect` / `NativeConnection.connect` need from the configuration (issue #16 §6):
 * plain to the dev server; TLS with the server's CA and, for mTLS, this client's certificate pair;
 * or Temporal Cloud's API key (over TLS; Cloud also routes by the `temporal-namespace` header).
 * Files are read here, once per connection, so a rotated certificate is picked up on restart.
 */
export function temporalConnectionOptions(config: TemporalConfig): TemporalConnectionOptions {
  const options: TemporalConnectionOptions = { address: config.address };
  if (config.tls) {
    const { serverCa, client, serverName } = config.tls;
    options.tls = {
      ...(serverCa && { serverRootCACertificate: read(serverCa, 'TEMPORAL_TLS_SERVER_CA_FILE') }),
      ...(client && {
        clientCertPair: {
          crt: read(client.cert, 'TEMPORAL_TLS_CLIENT_CERT_FILE'),
          key: read(client.key, 'TEMPORAL_TLS_CLIENT_KEY_FILE'),
        },
      }),
      ...(serverName && { serverNameOverride: serverName }),
    };
  }
  if (config.apiKey) {
    options.apiKey = config.apiKey;
    options.metadata = { 'temporal-namespace': config.namespace };
  }
  return options;
}
