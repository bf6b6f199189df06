import { ApiProperty } from '@nestjs/swagger';
import { IsString, ValidateBy } from 'class-validator';
import { isZeroDuration, parseIsoDuration } from './iso-duration';

const FORMS = 'an ISO-8601 duration such as P10D, PT36H, P1M15D or P2W (whole numbers; PnW on its own)';

/** A positive ISO-8601 duration (the upper bound needs the clock, so the service checks it). */
const IsPositiveIsoDuration = () =>
  ValidateBy({
    name: 'isPositiveIsoDuration',
    validator: {
      validate: (value: unknown) => {
        const duration = typeof value === 'string' ? parseIsoDuration(value) : undefined;
        return duration !== undefined && !isZeroDuration(duration);
      },
      defaultMessage: (args?: { property: string; value?: unknown }) => {
        const property = args?.property ?? 'value';
        const value = args?.value;
        return typeof value === 'string' && parseIsoDuration(value)
          ? `${property} must be longer than zero`
          : `${property} must be ${FORMS}`;
      },
    },
  });

export class AdvanceClockDto {
  @ApiProperty({
    example: 'P10D',
    description: `How far to move the clock: ${FORMS}; more than zero and at most 5 years (P5Y)`,
  })
  @IsString()
  @IsPositiveIsoDuration()
  advance!: string;
}

export class ClockView {
  @ApiProperty({ example: '2026-10-10T02:00:00.000Z', description: "the sandbox's current time" })
  now!: string;
}

/** `GET /sandbox/clock/advances/{id}` (schema `SandboxClockAdvance`). */
export interface AdvanceView {
  id: string;
  state: 'running' | 'done' | 'failed';
  advance: string;
  from: string;
  target: string;
  now: string | null;
  procedures: { caughtUp: number; total: number };
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

/** An advance still running when the answer is due: the controller answers 202 with a Location. */
export class AdvanceAccepted {
  constructor(readonly view: AdvanceView) {}
}
