import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';
import { CurrentActor } from '../auth/current-actor';
import { TransferReportDto } from '../cases/cases.dto';
import { RequestKey } from '../cases/request-key';
import { AnswersOrPending } from '../contract/answers';
import { ProcedureId } from './procedure-action.decorator';
import { ProcedureCommandsService } from './procedure-commands.service';

/**
 * A transfer started from inside a penalty case (行政处罚法 第27条: a penalty never replaces a transfer).
 * The transfer then runs like one reported from a case: the head decides, officers record the answers.
 */
@ApiTags('transfers')
@Controller('penalties')
export class PenaltyTransferController {
  constructor(private readonly commands: ProcedureCommandsService) {}

  @Post(':id/transfers')
  @Roles('officer')
  @Command('penalty.transfer.report')
  @ApiOperation({
    summary:
      'Report a suspected crime found in a penalty case for transfer (team of two or more; the head decides)',
  })
  @ApiProblems(
    'validation.failed',
    'case.not_found',
    'case.closed',
    'case.invalid',
    'auth.forbidden',
    'idempotency.key_reused',
  )
  @AnswersOrPending(201, 'ProcedureDetail')
  report(
    @ProcedureId() id: string,
    @Body() dto: TransferReportDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.transferFromPenalty(id, dto, actor, key);
  }
}
