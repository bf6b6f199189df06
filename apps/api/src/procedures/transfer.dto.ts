import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { InventoryItemDto } from '../cases/cases.dto';
import { IsCalendarDate } from '../validation';

/** A test report or appraisal conclusion enclosed with the transfer. */
export class AppraisalDto {
  @ApiProperty({ example: '阀门失效检验报告（赣特检〔2026〕31号）' })
  @IsString()
  @Length(1, 300)
  title!: string;
  @ApiProperty({ example: '阀门密封失效，存在泄漏危险' }) @IsString() @Length(1, 4000) conclusion!: string;
}

/** 国务院令第310号 第6条: what the transfer letter encloses. */
export class TransferPackageDto {
  @ApiProperty({ description: '涉嫌犯罪案件调查报告' })
  @IsString()
  @Length(1, 20000)
  investigationReport!: string;
  @ApiProperty({ type: () => [InventoryItemDto], description: '涉案物品清单 (empty when there are none)' })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => InventoryItemDto)
  @ArrayMaxSize(500)
  items!: InventoryItemDto[];
  @ApiProperty({
    type: () => [AppraisalDto],
    description: '检验报告或者鉴定结论 (empty when there are none)',
  })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AppraisalDto)
  @ArrayMaxSize(100)
  appraisals!: AppraisalDto[];
}

export class SendingDto {
  @ApiProperty() @IsCalendarDate() on!: string;
  @ApiProperty({ type: () => TransferPackageDto })
  @IsObject()
  @ValidateNested()
  @Type(() => TransferPackageDto)
  package!: TransferPackageDto;
  @ApiPropertyOptional({
    description: '接受移送的公安机关 (国务院令第310号 第8条), printed as the letter’s addressee',
    example: '南昌市公安局',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/\S/)
  policeOrgan?: string;
}
