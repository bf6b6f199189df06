import { Module } from '@nestjs/common';
import { ConfigModule, LoggingModule } from '@safecase/common';
import { PersistenceModule } from '@safecase/persistence';
import { ActivitiesModule } from './activities/activities.module';

@Module({ imports: [ConfigModule, LoggingModule, PersistenceModule, ActivitiesModule] })
export class WorkerModule {}
