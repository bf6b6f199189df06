import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { IsCalendarDate, IsHourMinute } from '../validation';

/**
 * The party's side of a penalty case: the hearing (行政处罚法 第63–65条) and the statement and
 * defence with its 复核 (第45条). Re-exported by procedures.dto.ts.
 */
export class HearingRequestDto {
  @ApiProperty() @IsCalendarDate() requestedOn!: string;
}

export class HearingScheduleDto {
  @ApiProperty() @IsCalendarDate() date!: string;
  @ApiProperty({ description: 'username of the chair (not one of the investigators)' })
  @IsString()
  @Length(1, 100)
  chair!: string;
  @ApiPropertyOptional({ example: '09:30', description: 'the hour it starts, HH:mm China time' })
  @IsOptional()
  @IsHourMinute()
  time?: string;
  @ApiPropertyOptional({ example: '本局三楼听证室', description: 'where it is held' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  place?: string;
}

/** 听证笔录 (行政处罚法 第64条(八)). */
export class HearingMinutesDto {
  @ApiProperty({ description: 'names of the participants (at least two)' })
  @IsString({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  participants!: string[];
  @ApiPropertyOptional({
    description:
      'the investigators’ case, the party’s statements, defence and cross-examination in one account; ' +
      'may be left out when the sections below are given',
  })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  summary?: string;
  @ApiPropertyOptional({ example: '09:30', description: 'when the hearing began, HH:mm China time' })
  @IsOptional()
  @IsHourMinute()
  startTime?: string;
  @ApiPropertyOptional({ example: '11:10', description: 'when it ended, HH:mm China time' })
  @IsOptional()
  @IsHourMinute()
  endTime?: string;
  @ApiPropertyOptional({ example: '本局三楼听证室' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  place?: string;
  @ApiPropertyOptional({ description: '听证员 sitting with the chair (names)' })
  @IsOptional()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  @ArrayMaxSize(10)
  panel?: string[];
  @ApiPropertyOptional({ description: '书记员: who wrote the record (name)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  recorder?: string;
  @ApiPropertyOptional({ description: '调查人员提出的违法事实、证据和行政处罚建议' })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  investigatorsCase?: string;
  @ApiPropertyOptional({ description: '当事人的陈述、申辩' })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  partyStatement?: string;
  @ApiPropertyOptional({ description: '质证、辩论' })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  crossExamination?: string;
  @ApiPropertyOptional({ description: '当事人最后陈述' })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  finalStatement?: string;
  @ApiProperty({ description: 'signed by the participants' }) @IsBoolean() signed!: boolean;
  @ApiPropertyOptional({ description: 'who refused to sign, and how (when not signed)' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  refusalNote?: string;
}

export class HearingRecordDto {
  @ApiProperty({ enum: ['held', 'waived'] }) @IsIn(['held', 'waived']) outcome!: 'held' | 'waived';
  @ApiPropertyOptional({ type: HearingMinutesDto, description: 'required when the hearing was held' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HearingMinutesDto)
  minutes?: HearingMinutesDto;
}

const STATEMENT_FORMS = ['written', 'oral'] as const;
/** 陈述、申辩 (行政处罚法 第45条). */
export class StatementDto {
  @ApiProperty() @IsCalendarDate() receivedOn!: string;
  @ApiProperty({ enum: STATEMENT_FORMS }) @IsIn(STATEMENT_FORMS) form!: (typeof STATEMENT_FORMS)[number];
  @ApiProperty({ description: 'what the party stated (an oral one as recorded in the 陈述申辩笔录)' })
  @IsString()
  @Length(1, 20000)
  content!: string;
}

/** 复核 of a statement and defence (行政处罚法 第45条). */
export class StatementReviewDto {
  @ApiProperty({ description: 'facts, reasons and evidence adopted ("" when none)' })
  @IsString()
  @Length(0, 4000)
  adopted!: string;
  @ApiProperty({ description: 'those not adopted ("" when none)' })
  @IsString()
  @Length(0, 4000)
  notAdopted!: string;
  @ApiProperty({ description: 'why' }) @IsString() @Length(1, 4000) reasons!: string;
}
