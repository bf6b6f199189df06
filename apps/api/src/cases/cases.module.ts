import { Module } from '@nestjs/common';
import { CaseCommandsService } from './case-commands.service';
import { CaseReadService } from './case-read.service';
import { CasesController } from './cases.controller';
import { MeasureActionsController } from './measure-actions';
import { RectificationActionsController } from './rectification-actions';
import { TasksController } from './tasks.controller';

@Module({
  controllers: [CasesController, RectificationActionsController, MeasureActionsController, TasksController],
  providers: [CaseCommandsService, CaseReadService],
  exports: [CaseCommandsService],
})
export class CasesModule {}
