import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { contentLanguage, ProblemDetailsFilter, validationProblem } from '@safecase/common';
import { Logger } from 'nestjs-pino';
import { assertRoutesDeclared } from './auth/route-inventory';

/** Everything `main.ts` does to the app besides listening; e2e tests call it too, so they test the same app. */
export function configureApp(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  assertRoutesDeclared(app);
  // Text a person reads is Chinese unless the request asks for English (Accept-Language: en).
  app.use(contentLanguage);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationProblem,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('safecase API')
      .setDescription('Work-safety enforcement cases and accident rectification supervision')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
