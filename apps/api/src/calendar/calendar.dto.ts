import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { DecimalInt, IsCalendarDate } from '../validation';
import { ArrayMaxSize, IsIn, IsInt, IsString, Length, Max, Min, ValidateNested } from 'class-validator';

export class DeadlineQuery {
  @ApiProperty({ example: '2026-09-30', description: 'the day the period starts (not counted)' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ type: 'integer', example: 10, minimum: 1, maximum: 3650 })
  @DecimalInt()
  @IsInt()
  @Min(1)
  @Max(3650)
  amount!: number;

  @ApiProperty({ enum: ['working_days', 'calendar_days'] })
  @IsIn(['working_days', 'calendar_days'])
  unit!: 'working_days' | 'calendar_days';
}

export class DeadlineView {
  @ApiProperty({ example: '2026-10-10' }) due!: string;
  @ApiProperty() from!: string;
  @ApiProperty() amount!: number;
  @ApiProperty({ enum: ['working_days', 'calendar_days'] }) unit!: string;
  @ApiProperty({ description: 'rest days a calendar-day period was extended over, with the reason' })
  extendedOver!: { date: string; reason: string }[];
  @ApiProperty({ description: 'the counting rule applied, with its legal source' }) rule!: string;
}

export class CalendarDayDto {
  @ApiProperty({ example: '2027-01-01' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ example: '元旦' })
  @IsString()
  @Length(1, 50)
  name!: string;
}

export class YearArrangementDto {
  @ApiProperty({ type: [CalendarDayDto], description: 'public holidays (days off)' })
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  @ArrayMaxSize(120)
  holidays!: CalendarDayDto[];

  @ApiProperty({ type: [CalendarDayDto], description: 'make-up working days (调休补班), weekend days' })
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  @ArrayMaxSize(30)
  makeupWorkdays!: CalendarDayDto[];

  @ApiProperty({
    example: '国务院办公厅关于2027年部分节假日安排的通知',
    description: 'where the arrangement comes from',
  })
  @IsString()
  @Length(3, 200)
  source!: string;
}
