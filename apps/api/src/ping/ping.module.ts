import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PingEntity } from '@safecase/persistence';
import { PingController } from './ping.controller';
import { PingService } from './ping.service';

@Module({
  imports: [TypeOrmModule.forFeature([PingEntity])],
  controllers: [PingController],
  providers: [PingService],
})
export class PingModule {}
