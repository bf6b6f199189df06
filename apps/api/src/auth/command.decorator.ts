import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiHeader } from '@nestjs/swagger';

export const COMMAND_ACTION = 'safecase:command';

/**
 * Marks a state-changing endpoint and names its action in the audit log (e.g. `calendar.year.load`).
 * Commands honour `Idempotency-Key`, and their rejections are audited with the reason.
 */
export const Command = (action: string) =>
  applyDecorators(
    SetMetadata(COMMAND_ACTION, action),
    ApiExtension('x-command', action),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Makes the request safe to repeat: a repeat with the same key (by the same user) returns the first response and changes nothing.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,200}$' },
    }),
  );
