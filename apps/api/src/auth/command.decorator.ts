import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiExtension, ApiHeader } from '@nestjs/swagger';
import { COMMAND_ACTION } from './command-action';
import { CommandInterceptor } from './command.interceptor';

export { COMMAND_ACTION };

/**
 * Marks a state-changing endpoint and names its action in the audit log (e.g. `calendar.year.load`).
 * Commands honour `Idempotency-Key`, and their rejections are audited with the reason (the
 * CommandInterceptor, on command endpoints only: an interceptor on every route would put each read
 * through Nest's observable pipeline for nothing).
 */
export const Command = (action: string) =>
  applyDecorators(
    SetMetadata(COMMAND_ACTION, action),
    UseInterceptors(CommandInterceptor),
    ApiExtension('x-command', action),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Makes the request safe to repeat: a repeat with the same key (by the same user) returns the first response and changes nothing.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,200}$' },
    }),
  );
