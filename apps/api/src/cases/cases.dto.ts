import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
import { CASE_ORIGINS, CASE_STAGES, EVIDENCE_KINDS, MEASURE_KINDS, SEVERITIES } from '@safecase/domain';
import { DecimalInt, IsCalendarDate, IsCreditCode, IsInstant, IsYuan } from '../validation';
import { DEFAULT_LIMIT, MAX_LIMIT } from './keyset';
import { ServiceRecordDto } from '../service/service.dto';

const DANGER_ID = /^D\d{1,3}$/;

export class EnterpriseDto {
  @ApiProperty({ example: '南昌某化工有限公司' }) @IsString() @Length(1, 200) name!: string;
  @ApiProperty({ example: '91110108551385082Q', description: '统一社会信用代码, check character validated' })
  @IsCreditCode()
  creditCode!: string;
  @ApiProperty({ example: '南昌市青山湖区' }) @IsString() @Length(1, 300) address!: string;
}

export class OpenCaseDto {
  @ApiProperty({ enum: CASE_ORIGINS }) @IsIn(CASE_ORIGINS) origin!: (typeof CASE_ORIGINS)[number];
  @ApiProperty({ type: EnterpriseDto })
  // ValidateNested alone lets a missing object through (class-validator skips undefined) and an array.
  @IsObject()
  @ValidateNested()
  @Type(() => EnterpriseDto)
  enterprise!: EnterpriseDto;
  @ApiProperty({ example: '2026年度执法计划检查' }) @IsString() @Length(1, 2000) summary!: string;
}

export class EvidenceDto {
  @ApiProperty({ enum: EVIDENCE_KINDS }) @IsIn(EVIDENCE_KINDS) kind!: (typeof EVIDENCE_KINDS)[number];
  @ApiProperty({ example: 'IMG_0001.jpg' }) @IsString() @Length(1, 300) name!: string;
  @ApiProperty({ description: 'SHA-256 of the content, 64 lower-case hex characters' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lower-case hex characters' })
  sha256!: string;
}

export class FindingDto {
  @ApiProperty() @IsString() @Length(1, 2000) description!: string;
  @ApiProperty({ enum: SEVERITIES }) @IsIn(SEVERITIES) severity!: (typeof SEVERITIES)[number];
  @ApiProperty({ example: '安全生产法 第41条' }) @IsString() @Length(1, 500) legalBasis!: string;
  @ApiProperty({ type: [EvidenceDto] })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  @ArrayMaxSize(100)
  evidence!: EvidenceDto[];
}

export class InspectionDto {
  @ApiProperty({
    example: ['nc.officer1', 'nc.officer2'],
    description: 'usernames of the inspecting officers (≥ 2)',
  })
  @IsString({ each: true })
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  officers!: string[];
  @ApiProperty({ example: '2026-11-28T09:30:00+08:00' }) @IsInstant() inspectedAt!: string;
  @ApiProperty() @IsString() @Length(1, 300) place!: string;
  @ApiProperty({ type: [FindingDto], description: 'hidden dangers; empty when nothing was found' })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => FindingDto)
  @ArrayMaxSize(100)
  findings!: FindingDto[];
  @ApiProperty() @IsBoolean() unitRefusedToSign!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 1000) refusalNote?: string;
}

export class OrderDto {
  @ApiProperty({ example: '2026-12-22' }) @IsCalendarDate() deadline!: string;
  @ApiProperty() @IsString() @Length(1, 2000) instructions!: string;
  @ApiPropertyOptional({ example: ['D1'], description: 'hidden dangers corrected on the spot' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(DANGER_ID, { each: true })
  correctedOnSite?: string[];
}

export class ReportDto {
  @ApiProperty() @IsCalendarDate() receivedOn!: string;
  @ApiProperty() @IsString() @Length(0, 2000) note!: string;
}

export class ReinspectionResultDto {
  @ApiProperty({ example: 'D1' }) @Matches(DANGER_ID) dangerId!: string;
  @ApiProperty() @IsBoolean() rectified!: boolean;
  @ApiProperty() @IsString() @Length(0, 2000) note!: string;
}

export class ReinspectionDto {
  @ApiProperty({ type: [ReinspectionResultDto] })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ReinspectionResultDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  results!: ReinspectionResultDto[];
}

export class ExtensionRequestDto {
  @ApiProperty() @IsCalendarDate() newDeadline!: string;
  @ApiProperty() @IsString() @Length(1, 2000) reason!: string;
}

export class DecisionDto {
  @ApiProperty() @IsBoolean() approve!: boolean;
  @ApiProperty({ description: 'the written opinion' }) @IsString() @Length(1, 2000) note!: string;
}

export class ProposeMeasureDto {
  @ApiProperty({ enum: MEASURE_KINDS }) @IsIn(MEASURE_KINDS) kind!: (typeof MEASURE_KINDS)[number];
  @ApiProperty({ example: ['D1'] }) @Matches(DANGER_ID, { each: true }) @ArrayMinSize(1) dangerIds!: string[];
  @ApiProperty() @IsString() @Length(1, 2000) reason!: string;
  @ApiPropertyOptional({ description: 'cut-offs: does the supply also serve residents? (never allowed)' })
  @IsOptional()
  @IsBoolean()
  residentialSupply?: boolean;
  @ApiPropertyOptional({
    description:
      'cut-offs: 危及生产安全的紧急情形 (安全生产法 第70条): in force on the head’s approval, no 24 hours’ notice',
  })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;
  @ApiPropertyOptional({ description: 'the emergency, stated (needed when urgent)' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  urgencyReason?: string;
  @ApiPropertyOptional({
    type: () => [InventoryItemDto],
    description: 'seal_seize: the inventory (行政强制法 第24条)',
  })
  @IsOptional()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => InventoryItemDto)
  @ArrayMaxSize(200)
  inventory?: InventoryItemDto[];
}

/** 行政强制法 第24条: one line of a seizure's inventory (清单). */
export class InventoryItemDto {
  @ApiProperty({ example: '液化气钢瓶（15 kg）' }) @IsString() @Length(1, 300) item!: string;
  @ApiProperty({ example: '12 个' }) @IsString() @Length(1, 100) quantity!: string;
}

export class EmergencyMeasureDto {
  @ApiProperty({ enum: MEASURE_KINDS }) @IsIn(MEASURE_KINDS) kind!: (typeof MEASURE_KINDS)[number];
  @ApiProperty({ example: ['D1'] }) @Matches(DANGER_ID, { each: true }) @ArrayMinSize(1) dangerIds!: string[];
  @ApiProperty() @IsString() @Length(1, 2000) reason!: string;
  @ApiProperty({ description: 'when it was taken on the spot' })
  @IsInstant()
  takenAt!: string;
  @ApiPropertyOptional({
    type: () => [InventoryItemDto],
    description: 'seal_seize: the inventory (行政强制法 第24条)',
  })
  @IsOptional()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => InventoryItemDto)
  @ArrayMaxSize(200)
  inventory?: InventoryItemDto[];
}

/** 行政强制法 第18条: the on-site record of a measure carried out. */
export class MeasureProcedureDto {
  @ApiProperty({ example: '2026-06-09T10:00:00+08:00' }) @IsInstant() onSiteRecordAt!: string;
  @ApiProperty({ description: 'the party signed the 现场笔录' }) @IsBoolean() partySigned!: boolean;
  @ApiPropertyOptional({ description: 'the refusal to sign, as noted' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  refusalNote?: string;
  @ApiProperty({ description: 'the reasons, basis, rights and remedies were told' })
  @IsBoolean()
  informed!: boolean;
  @ApiPropertyOptional({ description: 'the party’s statement and defence' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  statement?: string;
  @ApiProperty({ description: 'the party declined to make a statement' })
  @IsBoolean()
  statementWaived!: boolean;
}

/** 送达: which document of the case, and its service record. */
export class CaseServiceDto {
  @ApiProperty({ example: 'cutoff_notice:M2', description: 'the `key` of one of the case’s documents' })
  @IsString()
  @Matches(/^[a-z_]+(:[A-Za-z0-9]+)?$/)
  documentKey!: string;
  @ApiProperty({ type: () => ServiceRecordDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ServiceRecordDto)
  service!: ServiceRecordDto;
}

export class CloseCaseDto {
  @ApiProperty() @IsString() @Length(1, 2000) note!: string;
  @ApiPropertyOptional({
    description: 'why it closes with a hidden danger neither closed out nor handed to a running procedure',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  unrectifiedReason?: string;
}

export class NoteDto {
  @ApiProperty() @IsString() @Length(1, 2000) note!: string;
}

export class ReasonDto {
  @ApiProperty() @IsString() @Length(1, 2000) reason!: string;
}

export class TestingDto {
  @ApiProperty({ enum: ['start', 'end'] }) @IsIn(['start', 'end']) action!: 'start' | 'end';
  @ApiProperty() @IsCalendarDate() on!: string;
}

export class SeizureExtensionDto {
  @ApiProperty({ minimum: 1, maximum: 30 }) @IsInt() @Min(1) @Max(30) days!: number;
}

export class PenaltyProposalDto {
  @ApiProperty({ example: ['D1'] }) @Matches(DANGER_ID, { each: true }) @ArrayMinSize(1) dangerIds!: string[];
  @ApiProperty() @IsString() @Length(1, 4000) summary!: string;
}

export class SummaryPenaltyDto {
  @ApiProperty({ enum: ['unit', 'individual'] }) @IsIn(['unit', 'individual']) party!: 'unit' | 'individual';
  @ApiProperty({ enum: ['warning', 'fine'], isArray: true })
  @IsIn(['warning', 'fine'], { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  sanctions!: ('warning' | 'fine')[];
  @ApiProperty({ description: 'the fine in yuan; "0.00" for a warning alone', example: '2000.00' })
  @IsYuan(3_000)
  fine!: string;
  @ApiProperty() @IsString() @Length(1, 2000) facts!: string;
  @ApiProperty({ example: '安全生产法 第99条' }) @IsString() @Length(1, 500) legalBasis!: string;
}

/**
 * Keyset paging for every list and the inbox (cases/keyset.ts): `limit` rows after `cursor`, the
 * `nextCursor` of the page before (none: the first page).
 */
export class PageQuery {
  @ApiPropertyOptional({
    description: 'the `nextCursor` of the previous page, as given (opaque); omit it for the first page',
    example: 'WyIyMDI2LTEyLTAxVDAxOjMwOjAwLjAwMDAwMFoiLCI1ZjBjIl0',
    maxLength: 1000,
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_LIMIT,
    default: DEFAULT_LIMIT,
    description: 'rows per page',
  })
  @IsOptional()
  @DecimalInt()
  @IsInt()
  @Min(1)
  @Max(MAX_LIMIT)
  limit?: number;
}

export const INBOX_SCOPES = ['mine', 'team'] as const;

export class TasksQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: INBOX_SCOPES,
    default: 'mine',
    description:
      'mine: tasks you are assigned or that have reached your rung; team: every open task of your agency (supervisor, head)',
  })
  @IsOptional()
  @IsIn(INBOX_SCOPES)
  scope?: (typeof INBOX_SCOPES)[number];
}

export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CASE_STAGES }) @IsOptional() @IsIn(CASE_STAGES) stage?: string;
  @ApiPropertyOptional({ description: 'only cases with an overdue task' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
  @ApiPropertyOptional({ description: 'unified social credit code' })
  @IsOptional()
  @IsString()
  @Length(18, 18)
  enterprise?: string;
  @ApiPropertyOptional({ description: 'username of a handling officer' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  officer?: string;
}

export class TransferReportDto {
  @ApiProperty({
    example: ['nc.officer1', 'nc.officer2'],
    description: 'usernames of the reporting team (two or more)',
  })
  @IsString({ each: true })
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  team!: string[];
  @ApiProperty({ example: '危险作业罪 (刑法 第134条之一)' })
  @IsString()
  @Length(1, 300)
  suspectedOffence!: string;
  @ApiProperty() @IsString() @Length(1, 4000) facts!: string;
}
