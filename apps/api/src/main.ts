import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@safecase/common';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

async function bootstrap(): Promise<void> {
  // Validate before Nest starts, so a bad variable is one clear message rather than a DI stack trace.
  const config = loadConfig();
  const app = await NestFactory.create(AppModule.forConfig(config), { bufferLogs: true });
  configureApp(app);
  try {
    await app.listen(config.http.port, config.http.host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Port ${config.http.port} on ${config.http.host} is already in use; set PORT to another port.`,
      );
      await app.close();
      process.exit(1);
    }
    throw error;
  }
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
