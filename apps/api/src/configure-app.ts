import type { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import { ProblemDetailsFilter, requestContext, RequestValidationPipe } from '@safecase/common';
import { Logger, PinoLogger } from 'nestjs-pino';
import { assertRoutesDeclared } from './auth/route-inventory';
import { buildOpenApiDocument } from './contract/openapi';
import { NulCharacterPipe, useJsonBodies } from './request-body';
import { serveConsole } from './console/serve-console';

/** Everything `main.ts` does to the app besides listening; e2e tests call it too, so they test the same app. */
export function configureApp(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  assertRoutesDeclared(app);
  // First of all: the request's id and language (Chinese unless it asks for English with
  // Accept-Language: en) in one context for everything after, and its access-log line.
  app.use(requestContext(PinoLogger.root));
  useJsonBodies(app);
  app.useGlobalPipes(new NulCharacterPipe(), new RequestValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  serveConsole(app);

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
