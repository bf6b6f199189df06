import { Module } from '@nestjs/common';
import { SandboxController } from './sandbox.controller';
import { SandboxService } from './sandbox.service';
import { AdvanceProgress } from './advance-progress';

/** `/sandbox/clock`: imported by AppModule only when the config says SANDBOX_MODE. */
@Module({ controllers: [SandboxController], providers: [SandboxService, AdvanceProgress] })
export class SandboxModule {}
