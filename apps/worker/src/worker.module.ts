import { Module } from '@nestjs/common';
import { ConfigModule, LoggingModule } from '@safecase/common';
import { PersistenceModule } from '@safecase/persistence';
import { ClockModule } from '@safecase/temporal';
import { ActivitiesModule } from './activities/activities.module';
import { CheckpointsModule } from './checkpoints/checkpoints.module';
import { RenderModule } from './render/render.module';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    PersistenceModule,
    ClockModule,
    ActivitiesModule,
    CheckpointsModule,
    RenderModule,
  ],
})
export class WorkerModule {}
