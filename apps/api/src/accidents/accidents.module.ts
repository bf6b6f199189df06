import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module';
import { AccidentActionsController } from './accident-actions.controller';
import { AccidentsController } from './accidents.controller';
import { ItemActionsController } from './item-actions.controller';

@Module({
  imports: [ProceduresModule],
  controllers: [AccidentsController, AccidentActionsController, ItemActionsController],
})
export class AccidentsModule {}
