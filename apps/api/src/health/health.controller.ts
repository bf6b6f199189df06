import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers } from '../contract/answers';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/access.decorator';
import { TemporalHealthIndicator } from './temporal.health';

const TIMEOUT_MS = 2_000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  @Public()
  @ApiOperation({ summary: 'Liveness of the API and its dependencies (public)' })
  @Answers(200, 'Health', '`{"status":"ok"}` when PostgreSQL and Temporal answer')
  @Answers(503, 'Health', '`down` names each dependency that does not answer')
  async check(@Res({ passthrough: true }) res: Response): Promise<object> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database').withTimeout(TIMEOUT_MS),
        () => this.temporal.check('temporal', TIMEOUT_MS),
      ]);
    } catch (error) {
      // Terminus reports a failed check as a 503 exception; its body is the report, so send it as is
      // (plus the list of what is down) instead of letting the problem+json filter flatten it.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const report = error.getResponse() as { error?: Record<string, unknown> };
      res.status(503);
      return { ...report, down: Object.keys(report.error ?? {}) };
    }
  }
}
