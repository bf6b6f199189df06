import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers } from '../contract/answers';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/access.decorator';
import { TemporalHealthIndicator } from './temporal.health';

const TIMEOUT_MS = 2_000;

type Statuses = Record<string, { status?: unknown } | undefined>;

/**
 * Each dependency with its status only: the indicators' messages carry internal addresses
 * (`connect ECONNREFUSED 127.0.0.1:…`) that a public endpoint must not show. Logs keep them.
 */
function statusesOnly(section: Statuses | undefined): Record<string, { status: unknown }> {
  return Object.fromEntries(
    Object.entries(section ?? {}).map(([name, entry]) => [name, { status: entry?.status }]),
  );
}

interface Report {
  status?: unknown;
  info?: Statuses;
  error?: Statuses;
  details?: Statuses;
}

function publicReport(report: Report) {
  return {
    status: report.status,
    info: statusesOnly(report.info),
    error: statusesOnly(report.error),
    details: statusesOnly(report.details),
  };
}

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
  @Answers(
    503,
    'Health',
    '`down` names each dependency that does not answer (`database`, `temporal`), nothing more',
  )
  async check(@Res({ passthrough: true }) res: Response): Promise<object> {
    try {
      return publicReport(
        await this.health.check([
          () => this.database.pingCheck('database').withTimeout(TIMEOUT_MS),
          () => this.temporal.check('temporal', TIMEOUT_MS),
        ]),
      );
    } catch (error) {
      // Terminus reports a failed check as a 503 exception; its body is the report, so send that
      // (statuses only, plus the list of what is down) instead of letting the problem+json filter
      // flatten it.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const report = publicReport(error.getResponse() as Report);
      res.status(503);
      return { ...report, down: Object.keys(report.error) };
    }
  }
}
