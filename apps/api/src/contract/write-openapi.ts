import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from './openapi';

/**
 * The OpenAPI document without connecting to anything: Nest's preview mode builds the module graph and
 * the routes but instantiates no provider, so no database or Temporal connection is made. The sandbox
 * routes are included: the document describes every route the API can serve.
 */
export async function offlineOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forConfig({ sandbox: true }), {
    preview: true,
    logger: false,
  });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

export async function writeOpenApiDocument(file: string): Promise<void> {
  const document = await offlineOpenApiDocument();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
}

// `node dist/apps/api/src/contract/write-openapi.js [file]` (npm run openapi).
if (require.main === module) {
  writeOpenApiDocument(process.argv[2] ?? 'openapi.json').catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
