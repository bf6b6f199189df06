import { ApiProperty } from '@nestjs/swagger';
import { CHECKPOINT_FORMAT, type ChainHead, type SignedCheckpoint } from '@safecase/persistence';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';

export class ChainHeadDto implements ChainHead {
  @ApiProperty({ example: 'global' }) @IsString() @Length(1, 100) chain!: string;
  @ApiProperty({ example: 42, minimum: 0 }) @IsInt() @Min(0) headId!: number;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'headHash must be 64 lowercase hex digits' })
  headHash!: string;
}

/** A signed checkpoint exactly as the system issued it (a listed item's `checkpoint`, or a file line). */
export class SignedCheckpointDto implements SignedCheckpoint {
  @ApiProperty({ enum: [CHECKPOINT_FORMAT] }) @IsIn([CHECKPOINT_FORMAT]) format!: typeof CHECKPOINT_FORMAT;
  @ApiProperty({ example: '2026-12-01T16:45:00.123+08:00' }) @IsISO8601({ strict: true }) issuedAt!: string;
  @ApiProperty({ type: [ChainHeadDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => ChainHeadDto)
  chains!: ChainHeadDto[];
  @ApiProperty({ pattern: '^[0-9a-f]{16}$' })
  @Matches(/^[0-9a-f]{16}$/, { message: 'keyId must be 16 lowercase hex digits' })
  keyId!: string;
  @ApiProperty({ description: 'Ed25519 signature, base64 (88 characters)' })
  @Matches(/^[A-Za-z0-9+/]{86}==$/, { message: 'signature must be a base64 Ed25519 signature' })
  signature!: string;
}
