import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import { contentLanguage, ProblemDetailsFilter, validationProblem } from '@safecase/common';
import { Logger } from 'nestjs-pino';
import { assertRoutesDeclared } from './auth/route-inventory';
import { buildOpenApiDocument } from './contract/openapi';
import { NulCharacterPipe, useJsonBodies } from './request-body';
import { serveConsole } from './console/serve-console';

/** Everything `main.ts` does to the app besides listening; e2e tests call it too, so they test the same app. */
export function configureApp(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  assertRoutesDeclared(app);
  useJsonBodies(app);
  // Text a person reads is Chinese unless the request asks for English (Accept-Language: en).
  app.use(contentLanguage);
  app.useGlobalPipes(
    new NulCharacterPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationProblem,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  serveConsole(app);

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
