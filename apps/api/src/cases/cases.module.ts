import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module';
import { CasesController } from './cases.controller';
import { MeasureActionsController } from './measure-actions';
import { RectificationActionsController } from './rectification-actions';
import { TasksController } from './tasks.controller';

@Module({
  // The case's routes; its commands and reads go through the procedures' services like every procedure's.
  imports: [ProceduresModule],
  controllers: [CasesController, RectificationActionsController, MeasureActionsController, TasksController],
})
export class CasesModule {}
