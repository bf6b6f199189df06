import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type YearArrangement } from '@safecase/domain';
import { AuditLog, loadArrangements } from '@safecase/persistence';
import type { EnforcementCaseActivities, IssuedDocument, ProjectCaseInput } from '@safecase/workflows';
import { DataSource } from 'typeorm';
import { writeCase } from './case-projection';
import { refusingPermanently } from './permanent-errors';

/**
 * The calendar load, and `projectCase`: cases begun before `projectProcedure` served every
 * procedure name it in their histories, so it stays registered and writes what that one writes.
 */
@Injectable()
export class CaseActivitiesService implements EnforcementCaseActivities {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async loadCalendar(input: { years: number[] }): Promise<YearArrangement[]> {
    return loadArrangements(this.db, input.years);
  }

  async projectCase(input: ProjectCaseInput): Promise<{ documents: IssuedDocument[] }> {
    return refusingPermanently(() => writeCase(this.audit, input));
  }
}
