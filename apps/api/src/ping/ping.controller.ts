import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';
import { CreatePingDto, PingView } from './ping.dto';

const CASE_ROLES = ['officer', 'supervisor', 'legal_reviewer'] as const;
import { PingService } from './ping.service';

/** Platform slice (issue #2): HTTP → Temporal workflow → activity → PostgreSQL. */
@ApiTags('plumbing')
@Controller('pings')
export class PingController {
  constructor(private readonly pings: PingService) {}

  @Post()
  @HttpCode(202)
  @Roles(...CASE_ROLES)
  @Command('ping.start')
  @ApiOperation({ summary: 'Start a plumbing-check workflow' })
  @ApiResponse({ status: 202, description: 'the ping', schema: { type: 'object' } })
  create(@Body() dto: CreatePingDto): Promise<PingView> {
    return this.pings.create(dto);
  }

  @Get(':id')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: 'Read a ping from the PostgreSQL read model' })
  @ApiResponse({ status: 200, description: 'the ping', schema: { type: 'object' } })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<PingView> {
    return this.pings.get(id);
  }

  @Post(':id/ack')
  @HttpCode(202)
  @Roles(...CASE_ROLES)
  @Command('ping.acknowledge')
  @ApiOperation({ summary: 'Signal the workflow that the ping was acknowledged' })
  @ApiResponse({ status: 202, description: 'Accepted', schema: { type: 'object' } })
  @ApiBody({ required: false, schema: { type: 'object' } })
  acknowledge(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.pings.acknowledge(id);
  }
}
