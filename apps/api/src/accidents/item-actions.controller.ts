import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { CurrentActor } from '../auth/current-actor';
import { NoteDto } from '../cases/cases.dto';
import { RequestKey } from '../cases/request-key';
import { ProcedureAction, ProcedureId } from '../procedures/procedure-action.decorator';
import { ProcedureCommandsService } from '../procedures/procedure-commands.service';
import { OnDayDto } from '../procedures/procedures.dto';
import { CompletionDto, VerificationDto } from './accidents.dto';

/** A rectification item: the unit's progress and completion as officers record them, the agency's verification. */
@ApiTags('rectification-items')
@Controller('rectification-items')
export class ItemActionsController {
  constructor(private readonly commands: ProcedureCommandsService) {}

  @ProcedureAction(
    'progress',
    ['officer'],
    'item.progress',
    'Record progress reported by the responsible unit',
  )
  progress(
    @ProcedureId() id: string,
    @Body() dto: NoteDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'rectification_item', id, { type: 'report_progress', ...dto }, key);
  }

  @ProcedureAction(
    'completion',
    ['officer'],
    'item.completion',
    'Record completion with evidence (SHA-256 digests)',
  )
  completion(
    @ProcedureId() id: string,
    @Body() dto: CompletionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'rectification_item', id, { type: 'report_completion', ...dto }, key);
  }

  @ProcedureAction(
    'verification',
    ['supervisor', 'head'],
    'item.verification',
    'Verify a completion, or reject it with reasons (four-eyes)',
  )
  verify(
    @ProcedureId() id: string,
    @Body() dto: VerificationDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'rectification_item', id, { type: 'verify_completion', ...dto }, key);
  }

  @ProcedureAction(
    'listing-publication',
    ['officer'],
    'item.listing_publication',
    'Record the publication of the listed supervision (挂牌督办)',
  )
  publishListing(
    @ProcedureId() id: string,
    @Body() dto: OnDayDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(
      actor,
      'rectification_item',
      id,
      { type: 'record_listing_publication', publishedOn: dto.on },
      key,
    );
  }
}
