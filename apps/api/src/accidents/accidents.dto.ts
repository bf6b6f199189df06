import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ACCIDENT_CATEGORIES, ACCIDENT_STAGES, REPORTING_VIOLATIONS } from '@safecase/domain';
import { IndividualPartyDto } from '../procedures/procedures.dto';
import { PageQuery } from '../cases/cases.dto';
import { IsCalendarDate, IsCreditCode, IsInstant, IsYuan } from '../validation';

export class AccidentUnitDto {
  @ApiProperty({ example: '南昌某建筑有限公司' }) @IsString() @Length(1, 200) name!: string;
  @ApiProperty({ description: '统一社会信用代码, check character validated' })
  @IsCreditCode()
  creditCode!: string;
}

class CasualtiesDto {
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100_000) deaths!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100_000) seriousInjuries!: number;
  @ApiPropertyOptional({
    minimum: 0,
    description: '下落不明: counted with the deaths for grading (rule accident.missing_as_deaths)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  missing?: number;
  @ApiProperty({ description: 'direct economic loss in yuan', example: '12000000.00' })
  @IsYuan(1_000_000_000_000)
  directLoss!: string;
}

export class OpenAccidentDto extends CasualtiesDto {
  @ApiProperty({ example: '2026-11-28T08:10:00+08:00' }) @IsInstant() occurredAt!: string;
  @ApiPropertyOptional({
    example: '2026-11-28T08:20:00+08:00',
    description:
      'when the unit’s head received the report from the scene (国务院令第493号 第9条: the hour runs from it); ' +
      'when not known the accident’s time counts, and the record says so',
  })
  @IsOptional()
  @IsInstant()
  unitHeadNotifiedAt?: string;
  @ApiProperty({
    example: '2026-11-28T08:55:00+08:00',
    description: 'when the agency received the unit’s report',
  })
  @IsInstant()
  reportedAt!: string;
  @ApiPropertyOptional({
    type: IndividualPartyDto,
    description: 'the unit’s 主要负责人; required when the report is late (安全生产法 第110条)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => IndividualPartyDto)
  principal?: IndividualPartyDto;
  @ApiProperty({ type: AccidentUnitDto })
  // ValidateNested alone lets a missing object through (class-validator skips undefined) and an array.
  @IsObject()
  @ValidateNested()
  @Type(() => AccidentUnitDto)
  unit!: AccidentUnitDto;
  @ApiProperty({ example: '360111', description: '行政区划代码 of the place' })
  @Matches(/^\d{6}$/, { message: 'location must be a 6-digit region code' })
  location!: string;
  @ApiProperty({ example: 'construction' }) @IsString() @Length(1, 100) industry!: string;
  @ApiProperty({
    enum: ACCIDENT_CATEGORIES,
    description: 'road traffic and fire accidents re-grade within 7 days',
  })
  @IsIn(ACCIDENT_CATEGORIES)
  category!: (typeof ACCIDENT_CATEGORIES)[number];
  @ApiProperty() @IsString() @Length(1, 4000) summary!: string;
}

export class CasualtyUpdateDto extends CasualtiesDto {
  @ApiProperty() @IsString() @Length(0, 2000) note!: string;
  @ApiPropertyOptional({
    example: '2026-06-29',
    description:
      'the day the change happened (default today): the 30-day window (7 for road traffic and fire) judges it; ' +
      'a correction of the direct loss alone is accepted at any time',
  })
  @IsOptional()
  @IsCalendarDate()
  changedOn?: string;
}

export class ReportingViolationDto {
  @ApiProperty({
    enum: REPORTING_VIOLATIONS,
    description: 'false_report 谎报, concealment 瞒报, omission 漏报 (the principal alone)',
  })
  @IsIn(REPORTING_VIOLATIONS)
  kind!: (typeof REPORTING_VIOLATIONS)[number];
  @ApiProperty() @IsString() @Length(1, 4000) facts!: string;
  @ApiPropertyOptional({ type: IndividualPartyDto, description: 'the 主要负责人, unless named at intake' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => IndividualPartyDto)
  principal?: IndividualPartyDto;
}

export class AppraisalStartDto {
  @ApiProperty({ example: '2026-07-10', description: 'the day the appraisal started' })
  @IsCalendarDate()
  on!: string;
  @ApiProperty({ example: '委托省特种设备检验研究院鉴定塔吊结构' })
  @IsString()
  @Length(1, 2000)
  note!: string;
}

export class TeamDto {
  @ApiProperty() @IsString() @Length(1, 100) leader!: string;
  @ApiProperty({ type: [String] })
  @IsString({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  members!: string[];
}

export class AccidentExtensionDto {
  @ApiProperty({ minimum: 1, maximum: 366 }) @IsInt() @Min(1) @Max(366) days!: number;
  @ApiProperty() @IsString() @Length(1, 2000) reason!: string;
}

export class SummaryDto {
  @ApiProperty() @IsString() @Length(1, 8000) summary!: string;
}

export class RectificationItemDto {
  @ApiProperty() @IsString() @Length(1, 2000) measure!: string;
  @ApiProperty() @IsString() @Length(1, 200) responsibleUnit!: string;
  @ApiProperty() @IsCreditCode() creditCode!: string;
  @ApiProperty() @IsCalendarDate() deadline!: string;
  @ApiPropertyOptional({
    example: '市应急管理局三楼会议室',
    description: '约谈 place, printed on the summons',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  summonsPlace?: string;
  @ApiPropertyOptional({ example: '南昌市纪委监委', description: '问责 referral addressee' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  referralAddressee?: string;
}

export class ResultDto {
  @ApiProperty() @IsString() @Length(1, 8000) result!: string;
}

export class ItemEvidenceDto {
  @ApiProperty() @IsString() @Length(1, 300) name!: string;
  @ApiProperty({ description: 'SHA-256 of the content, 64 lower-case hex characters' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lower-case hex characters' })
  sha256!: string;
}

export class CompletionDto {
  @ApiProperty() @IsString() @Length(1, 4000) note!: string;
  @ApiProperty({ type: [ItemEvidenceDto] })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ItemEvidenceDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  evidence!: ItemEvidenceDto[];
}

export class VerificationDto {
  @ApiProperty() @IsBoolean() accepted!: boolean;
  @ApiProperty({ description: 'required when rejected' }) @IsString() @Length(0, 4000) reasons!: string;
  @ApiPropertyOptional({ description: 'a new deadline for a rejected item' })
  @IsOptional()
  @IsCalendarDate()
  newDeadline?: string;
}

export class ListAccidentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ACCIDENT_STAGES }) @IsOptional() @IsIn(ACCIDENT_STAGES) stage?: string;
}

export class PassedUpDto {
  @ApiProperty({ example: '江西省应急管理厅', description: 'the authority the report went to' })
  @IsString()
  @Length(1, 200)
  to!: string;
}
