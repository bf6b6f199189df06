import { Module } from '@nestjs/common';
import { CaseCommandsService } from './case-commands.service';
import { CaseReadService } from './case-read.service';
import { CasesController } from './cases.controller';
import { TasksController } from './tasks.controller';

@Module({
  controllers: [CasesController, TasksController],
  providers: [CaseCommandsService, CaseReadService],
})
export class CasesModule {}
