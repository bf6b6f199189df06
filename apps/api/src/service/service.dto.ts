import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateBy,
  type ValidationArguments,
} from 'class-validator';
import { isIsoDate, SERVICE_METHODS, type ServiceInput, type ServiceMethod } from '@safecase/domain';
import { IsInstant } from '../validation';

const filled = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0 && v.length <= 300;
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * A field a method of service needs (422 with the catalog's `validation.<name>` text, in Chinese by
 * default): `when` says whether the record is complete for its method; for another method the field
 * is optional text.
 */
const NeededFor = (name: string, method: ServiceMethod, when: (o: Record<string, unknown>) => boolean) =>
  ValidateBy({
    name,
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const o = (args?.object ?? {}) as Record<string, unknown>;
        if (o.method === method) return when(o);
        return value === undefined || value === null || filled(value);
      },
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'value'} is needed for service by ${method} (or is not valid text)`,
    },
  });

/**
 * 送达回证: how a document reached the party (libs/domain/src/service). 留置 needs a witness or a photo
 * digest, 邮寄 the return receipt's date, 委托 the serving agency, 电子 the party's recorded consent.
 */
export class ServiceRecordDto {
  @ApiProperty({
    enum: SERVICE_METHODS,
    description:
      'direct 直接送达, left 留置送达, entrusted 委托送达, mail 邮寄送达, public_notice 公告送达 (counts after 30 days), electronic 电子送达 (with consent)',
  })
  @IsIn(SERVICE_METHODS)
  method!: ServiceMethod;

  @ApiProperty({
    example: '王五（总经理）',
    description: 'who received it; public notice: where it was published',
  })
  @IsString()
  @Length(1, 200)
  receiver!: string;

  @ApiProperty({
    example: '2026-05-13T15:00:00+08:00',
    description: 'when handed over, left, sent or published',
  })
  @IsInstant()
  servedAt!: string;

  @ApiPropertyOptional({
    description: '留置: the witness (or give photoSha256)',
    example: '李四（村委会主任）',
  })
  @NeededFor(
    'serviceWitness',
    'left',
    (o) => filled(o.witness) || (typeof o.photoSha256 === 'string' && SHA256.test(o.photoSha256)),
  )
  witness?: string;

  @ApiPropertyOptional({ description: '留置: SHA-256 of the photo or video of the leaving' })
  @IsOptional()
  @Matches(SHA256, { message: 'photoSha256 must be 64 lower-case hex characters' })
  photoSha256?: string;

  @ApiPropertyOptional({ description: '委托: the agency that served it' })
  @NeededFor('serviceEntrusted', 'entrusted', (o) => filled(o.entrustedTo))
  entrustedTo?: string;

  @ApiPropertyOptional({ example: '2026-05-15', description: '邮寄: the date on the return receipt' })
  @ValidateBy({
    name: 'serviceReceipt',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const mail = (args?.object as { method?: unknown } | undefined)?.method === 'mail';
        if (value === undefined || value === null) return !mail;
        return typeof value === 'string' && isIsoDate(value);
      },
      defaultMessage: () => 'receiptDate (YYYY-MM-DD) is needed for service by mail',
    },
  })
  receiptDate?: string;

  @ApiPropertyOptional({ description: '电子: where the party’s consent is recorded, e.g. 送达地址确认书' })
  @NeededFor('serviceConsent', 'electronic', (o) => filled(o.consent))
  consent?: string;
}

/** The domain's service input from a validated record. */
export function serviceInput(dto: ServiceRecordDto): ServiceInput {
  return {
    method: dto.method,
    receiver: dto.receiver,
    servedAt: Date.parse(dto.servedAt),
    witness: dto.witness ?? null,
    photoSha256: dto.photoSha256 ?? null,
    entrustedTo: dto.entrustedTo ?? null,
    receiptDate: dto.receiptDate ?? null,
    consent: dto.consent ?? null,
  };
}
