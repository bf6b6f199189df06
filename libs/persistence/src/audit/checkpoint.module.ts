import { Logger, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@safecase/common';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadCheckpointSigningKey } from './checkpoint-key';
import { AuditCheckpoints } from './checkpoint-store';

/**
 * Signed audit checkpoints for the API (on demand, verification) and the worker (on schedule). The key
 * is loaded at boot, so a missing or unusable key stops the process before it serves anything.
 */
@Module({
  providers: [
    {
      provide: AuditCheckpoints,
      inject: [APP_CONFIG, DataSource],
      useFactory: (config: AppConfig, db: DataSource) => {
        const logger = new Logger('AuditCheckpoints');
        const settings = config.auditCheckpoints;
        const key = loadCheckpointSigningKey(settings);
        const directory = resolve(settings.directory);
        if (key.generated)
          logger.warn(
            { keyFile: key.origin, keyId: key.keyId },
            'generated a new audit checkpoint signing key (embedded defaults); set AUDIT_SIGNING_KEY_FILE or AUDIT_SIGNING_KEY in production',
          );
        else if (settings.signingKey.source === 'generated')
          logger.log(
            { keyFile: key.origin, keyId: key.keyId },
            'audit checkpoints signed with the key generated earlier under .data/ (embedded defaults)',
          );
        else logger.log({ keySource: key.origin, keyId: key.keyId }, 'audit checkpoint signing key loaded');
        logger.log({ directory }, 'audit checkpoints are also appended to checkpoints.jsonl there');
        return new AuditCheckpoints(db, key, directory);
      },
    },
  ],
  exports: [AuditCheckpoints],
})
export class CheckpointModule {}
