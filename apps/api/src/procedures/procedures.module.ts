import { Module } from '@nestjs/common';
import { PenaltyActionsController } from './penalty-actions.controller';
import { PenaltyTransferController } from './penalty-transfer.controller';
import { ProceduresController } from './penalties.controller';
import { ProcedureCommandsService } from './procedure-commands.service';
import { ProcedureReadService } from './procedure-read.service';
import { TransferActionsController } from './transfer-actions.controller';

@Module({
  controllers: [
    ProceduresController,
    PenaltyActionsController,
    PenaltyTransferController,
    TransferActionsController,
  ],
  providers: [ProcedureCommandsService, ProcedureReadService],
  exports: [ProcedureCommandsService, ProcedureReadService],
})
export class ProceduresModule {}
