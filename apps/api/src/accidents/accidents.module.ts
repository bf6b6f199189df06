import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ProceduresModule } from '../procedures/procedures.module';
import { AccidentActionsController } from './accident-actions.controller';
import { AccidentsController } from './accidents.controller';
import { ItemActionsController } from './item-actions.controller';

@Module({
  imports: [CasesModule, ProceduresModule],
  controllers: [AccidentsController, AccidentActionsController, ItemActionsController],
})
export class AccidentsModule {}
