import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { IsCalendarDate } from '../validation';

const UNITS = [
  'working_days',
  'calendar_days',
  'hours',
  'months',
  'years',
  'yuan',
  'percent',
  'hour_of_day',
] as const;

export class RulesQuery {
  @ApiPropertyOptional({ example: '2026-11-28', description: 'the day (default: today in China)' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

export class ClockPreviewQuery {
  @ApiProperty({
    example: '2026-04-03',
    description:
      'the start, a day YYYY-MM-DD (not counted), or an instant YYYY-MM-DDTHH:mm in China time for an hour-counted clock',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d)?$/, {
    message: 'from must be a day YYYY-MM-DD or an instant YYYY-MM-DDTHH:mm (China time)',
  })
  from!: string;
}

const ACTORS = ['agency', 'party'] as const;
const END_RULES = ['rolls', 'last_day', 'cap', 'exact'] as const;

export class ClockRuleDto {
  @ApiProperty() @IsString() @Length(1, 300) name!: string;
  @ApiProperty({ minimum: 0, description: 'at least 1, except a percent (0–100)' })
  @IsInt()
  @Min(0)
  amount!: number;
  @ApiProperty({ enum: UNITS })
  @IsIn(UNITS)
  unit!: (typeof UNITS)[number];
  @ApiProperty() @IsString() @Length(1, 300) startsOn!: string;
  @ApiProperty({ type: [String] }) @IsString({ each: true }) pausedBy!: string[];
  @ApiProperty({ description: 'law and article' }) @IsString() @Length(1, 500) source!: string;
  @ApiProperty({ enum: ['confirmed', 'configurable'] }) @IsIn(['confirmed', 'configurable']) status!:
    'confirmed' | 'configurable';
  @ApiPropertyOptional({ enum: ACTORS, description: 'who acts within the clock (stays as shipped)' })
  @IsOptional()
  @IsIn(ACTORS)
  actor?: (typeof ACTORS)[number];
  @ApiPropertyOptional({ enum: END_RULES, description: 'which end counts (stays as shipped)' })
  @IsOptional()
  @IsIn(END_RULES)
  endRule?: (typeof END_RULES)[number];
}

/** Rules keyed by id; each value is validated as a ClockRuleDto by the service (a map, not an array). */
export class PublishRulebookDto {
  @ApiProperty({ example: '2027.1' }) @IsString() @Length(1, 40) version!: string;
  @ApiProperty({ example: '2027-01-01' }) @IsCalendarDate() effectiveFrom!: string;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/ClockRuleDto' } })
  @IsObject()
  rules!: Record<string, ClockRuleDto>;
}
