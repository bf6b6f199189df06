import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { ServiceRecordDto } from '../service/service.dto';
import { PENALTY_STAGES, TRANSFER_STAGES } from '@safecase/domain';
import { PageQuery } from '../cases/cases.dto';
import { fen, IsCalendarDate, IsCreditCode, IsResidentId, IsYuan } from '../validation';

export * from './hearing.dto';

/** The domain's individual party from its request (income in fen inside). */
export const individualOf = (dto: IndividualPartyDto) => ({
  name: dto.name,
  idNumber: dto.idNumber,
  position: dto.position,
  lastYearIncomeFen: fen(dto.lastYearIncome),
});

const SANCTIONS = ['warning', 'fine', 'confiscation', 'licence_revocation', 'suspension', 'closure'] as const;
const PARTIES = ['unit', 'individual'] as const;

/** A natural person as a penalty's party (安全生产法 第110条: a unit's 主要负责人, fined on income). */
export class IndividualPartyDto {
  @ApiProperty({ example: '王某' }) @IsString() @Length(1, 100) name!: string;
  @ApiProperty({
    example: '11010519491231002X',
    description: '居民身份证号, check character validated (GB 11643)',
  })
  @IsResidentId()
  idNumber!: string;
  @ApiProperty({ example: '总经理' }) @IsString() @Length(1, 100) position!: string;
  @ApiProperty({
    example: '360000.00',
    description: '上一年年收入 in yuan: a fine under 第110条 is a share of it',
  })
  @IsYuan(1_000_000_000)
  lastYearIncome!: string;
}

export class OpenPenaltyDto {
  @ApiProperty({ enum: PARTIES }) @IsIn(PARTIES) party!: (typeof PARTIES)[number];
  @ApiProperty({ example: '南昌某化工有限公司' }) @IsString() @Length(1, 200) partyName!: string;
  @ApiPropertyOptional({ description: '统一社会信用代码 (required for a unit)' })
  @IsOptional()
  @IsCreditCode()
  creditCode?: string;
  @ApiPropertyOptional({
    type: IndividualPartyDto,
    description: 'who the individual is (name, 居民身份证号, position, last year’s income)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => IndividualPartyDto)
  individual?: IndividualPartyDto;
  @ApiProperty() @IsString() @Length(1, 4000) facts!: string;
  @ApiPropertyOptional({ description: 'the unit has a major hidden danger (安全生产法 第113条)' })
  @IsOptional()
  @IsBoolean()
  majorHiddenDanger?: boolean;
  @ApiPropertyOptional({ description: 'usernames of further investigating officers' })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(10)
  handlers?: string[];
}

export class FilingDecisionDto {
  @ApiProperty() @IsBoolean() approve!: boolean;
  @ApiProperty() @IsString() @Length(0, 2000) note!: string;
  @ApiPropertyOptional({ description: '疑难复杂: legal review and collective deliberation required' })
  @IsOptional()
  @IsBoolean()
  complex?: boolean;
  @ApiPropertyOptional({ description: '涉及重大公共利益 (行政处罚法 第58条)' })
  @IsOptional()
  @IsBoolean()
  majorPublicInterest?: boolean;
  @ApiPropertyOptional({
    example: '2026-09-15',
    description:
      'required to approve 立案: the day the act was committed, or ended if continuing; 立案 past the limitation (行政处罚法 第36条) is refused',
  })
  // The limitation cannot be checked without it, so approving 立案 needs it; a refusal does not.
  @ValidateIf((o: { approve?: unknown; actOn?: unknown }) => o.approve === true || o.actOn !== undefined)
  @IsCalendarDate()
  actOn?: string;
  @ApiPropertyOptional({
    description: 'life or health was at stake and harm followed: 5-year limitation (第36条)',
  })
  @IsOptional()
  @IsBoolean()
  lifeOrHealthHarmed?: boolean;
}

export class EvidenceRequestDto {
  @ApiProperty({ description: 'what is to be registered for preservation (先行登记保存)' })
  @IsString()
  @Length(1, 2000)
  description!: string;
}

export class EvidenceRegistrationDto {
  @ApiProperty({ description: 'the day registered, on or after the approval' })
  @IsCalendarDate()
  registeredOn!: string;
}

const EVIDENCE_OUTCOMES = ['return', 'confiscate', 'seize', 'keep_as_evidence'] as const;
export class EvidenceHandlingDto {
  @ApiProperty({ enum: EVIDENCE_OUTCOMES })
  @IsIn(EVIDENCE_OUTCOMES)
  outcome!: (typeof EVIDENCE_OUTCOMES)[number];
  @ApiProperty() @IsString() @Length(0, 2000) note!: string;
}

export class IntendedPenaltyDto {
  @ApiProperty({ enum: SANCTIONS, isArray: true })
  @IsIn(SANCTIONS, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  sanctions!: (typeof SANCTIONS)[number][];
  @ApiProperty({ description: 'the fine in yuan; "0.00" without a fine', example: '50000.00' })
  @IsYuan(1_000_000_000)
  fine!: string;
  @ApiProperty() @IsString() @Length(1, 4000) facts!: string;
  @ApiProperty({ example: '安全生产法 第102条' }) @IsString() @Length(1, 1000) legalBasis!: string;
}

export class NoticeDto extends IntendedPenaltyDto {
  @ApiProperty({
    type: () => ServiceRecordDto,
    description:
      'the 送达回证: method, receiver, instant (…); the party’s periods start from its effective day',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => ServiceRecordDto)
  service!: ServiceRecordDto;
}

/** A document served on the party, with its service record (送达回证). */
export class ServedDto {
  @ApiProperty({
    type: () => ServiceRecordDto,
    description:
      'the 送达回证: method, receiver, instant (…); the party’s periods start from its effective day',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => ServiceRecordDto)
  service!: ServiceRecordDto;
}

export class LegalReviewDto {
  @ApiProperty() @IsBoolean() passed!: boolean;
  @ApiProperty({ description: 'the written opinion' }) @IsString() @Length(1, 4000) opinion!: string;
}

export class DeliberationDto {
  @ApiProperty({ description: 'names of the participants (at least three)' })
  @IsString({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  participants!: string[];
  @ApiProperty() @IsString() @Length(1, 4000) conclusion!: string;
}

export class DecisionExtensionDto {
  @ApiProperty({ minimum: 1, maximum: 366 }) @IsInt() @Min(1) @Max(366) days!: number;
  @ApiProperty() @IsString() @Length(1, 2000) reason!: string;
}

/** A fact that happened on a day (published, withdrawn, demand served, court applied …). */
export class OnDayDto {
  @ApiProperty() @IsCalendarDate() on!: string;
}

/** 强制执行申请书 (行政强制法 第53–55条): the day filed and the court it goes to. */
export class CourtApplicationDto extends OnDayDto {
  @ApiPropertyOptional({
    description: '受理申请的人民法院 (第54条), printed as the application’s addressee',
    example: '南昌市青山湖区人民法院',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/\S/)
  court?: string;
}

const REMEDIES = ['reconsideration', 'lawsuit'] as const;
export class RemedyDto {
  @ApiProperty({ enum: REMEDIES }) @IsIn(REMEDIES) kind!: (typeof REMEDIES)[number];
  @ApiProperty() @IsCalendarDate() filedOn!: string;
}

const REMEDY_OUTCOMES = ['upheld', 'changed', 'revoked', 'withdrawn'] as const;
export class RemedyOutcomeDto {
  @ApiProperty({ enum: REMEDIES }) @IsIn(REMEDIES) kind!: (typeof REMEDIES)[number];
  @ApiProperty() @IsCalendarDate() endedOn!: string;
  @ApiProperty({ enum: REMEDY_OUTCOMES }) @IsIn(REMEDY_OUTCOMES) outcome!: (typeof REMEDY_OUTCOMES)[number];
  @ApiPropertyOptional({ description: 'a changed decision’s fine, in yuan', example: '30000.00' })
  @IsOptional()
  @IsYuan(1_000_000_000)
  newFine?: string;
}

/** 安全生产法 第112条: the re-inspection found the unit refused to correct. */
export class CorrectionRefusalDto {
  @ApiProperty({ description: 'the day the correction was ordered' })
  @IsCalendarDate()
  correctionOrderedOn!: string;
  @ApiProperty({ description: 'the re-inspection that found the refusal' })
  @IsCalendarDate()
  reinspectedOn!: string;
  @ApiProperty() @IsString() @Length(1, 4000) finding!: string;
}

export class ContinuingFineNoticeDto extends ServedDto {
  @ApiProperty({ description: 'days are counted from the day after the correction order up to this day' })
  @IsCalendarDate()
  asOf!: string;
}

const CLOSURE_GROUNDS = ['unsafe_after_suspension', 'major_accident_unsafe', 'refused_suspension'] as const;
/** 安全生产法 第113条(二)–(四). */
export class ClosureGroundDto {
  @ApiProperty({ enum: CLOSURE_GROUNDS }) @IsIn(CLOSURE_GROUNDS) ground!: (typeof CLOSURE_GROUNDS)[number];
  @ApiProperty() @IsString() @Length(1, 4000) facts!: string;
}

export class PaymentDto {
  @ApiProperty() @IsCalendarDate() paidOn!: string;
  @ApiProperty({
    description: 'in yuan: the fine, surcharge and continuing fines owed that day',
    example: '51500.00',
  })
  @IsYuan(10_000_000_000)
  amount!: string;
}

export class PoliceDecisionDto {
  @ApiProperty({ description: 'true when the police filed the case (立案)' }) @IsBoolean() filed!: boolean;
  @ApiProperty() @IsCalendarDate() on!: string;
  @ApiProperty() @IsString() @Length(0, 2000) note!: string;
}

export class ReconsiderationAnswerDto {
  @ApiProperty() @IsBoolean() filed!: boolean;
  @ApiProperty() @IsCalendarDate() on!: string;
}

export class HandoverDto {
  @ApiProperty() @IsCalendarDate() on!: string;
  @ApiProperty({ description: 'the items and files handed over' })
  @IsString()
  @Length(1, 4000)
  items!: string;
}

export class ListPenaltiesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PENALTY_STAGES }) @IsOptional() @IsIn(PENALTY_STAGES) stage?: string;
}

export class ListTransfersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TRANSFER_STAGES }) @IsOptional() @IsIn(TRANSFER_STAGES) stage?: string;
}

export class ProcuratorateOutcomeDto {
  @ApiProperty({ description: 'true when the police filed after the supervision' })
  @IsBoolean()
  policeFiled!: boolean;
  @ApiProperty() @IsCalendarDate() on!: string;
  @ApiProperty() @IsString() @Length(0, 2000) note!: string;
}
