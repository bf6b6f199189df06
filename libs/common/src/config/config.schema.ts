import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** The names `loadConfig` reads; `.env.example` must list each (checked by a spec). */
export const ENV_KEYS = [
  'DATABASE_URL',
  'TEMPORAL_ADDRESS',
  'TEMPORAL_NAMESPACE',
  'TEMPORAL_TASK_QUEUE',
  'PORT',
  'HOST',
  'LOG_LEVEL',
] as const;

/**
 * Every environment variable the apps read. `.env.example` lists the same names; the start and test
 * scripts (scripts/) set them for the embedded defaults.
 */
export class EnvironmentSchema {
  /** PostgreSQL connection string. The start/test scripts set it to the embedded server when unset. */
  @IsString()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL!: string;

  @IsOptional()
  @IsString()
  @Matches(/^[^\s:]+:\d{1,5}$/, { message: 'TEMPORAL_ADDRESS must be host:port' })
  TEMPORAL_ADDRESS: string = '127.0.0.1:7233';

  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'TEMPORAL_NAMESPACE must be a plain namespace name' })
  TEMPORAL_NAMESPACE: string = 'default';

  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'TEMPORAL_TASK_QUEUE must be a plain task-queue name' })
  TEMPORAL_TASK_QUEUE: string = 'safecase';

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'PORT must be an integer' })
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  @IsOptional()
  @IsString()
  HOST: string = '127.0.0.1';

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';
}
