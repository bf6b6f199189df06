import { Module } from '@nestjs/common';
import { CheckpointModule } from '@safecase/persistence';
import { CheckpointScheduler } from './checkpoint-scheduler';

@Module({ imports: [CheckpointModule], providers: [CheckpointScheduler] })
export class CheckpointsModule {}
