import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The most people one request may name (a record's handlers and the actors of its timeline). */
export const MAX_NAMED = 200;

/** `a,b,c` (or the parameter repeated) as a list, without empty parts. */
const commaList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value])
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
    .map((v) => (typeof v === 'string' ? v.trim() : v))
    .filter((v) => v !== '');

export class DirectoryQuery {
  @ApiPropertyOptional({
    type: String,
    description: `user ids, comma-separated (at most ${MAX_NAMED})`,
    example: '0b9f1c70-0000-4000-8000-000000000001',
  })
  @IsOptional()
  @Transform(commaList)
  @ArrayMaxSize(MAX_NAMED)
  @Matches(UUID, { each: true, message: 'ids must be user ids (UUIDs), comma-separated' })
  ids?: string[];

  @ApiPropertyOptional({
    type: String,
    description: `usernames, comma-separated (at most ${MAX_NAMED})`,
    example: 'nc.officer1,nc.supervisor',
  })
  @IsOptional()
  @Transform(commaList)
  @ArrayMaxSize(MAX_NAMED)
  @Length(1, 100, { each: true })
  @Matches(/^[A-Za-z0-9._@-]+$/, { each: true, message: 'usernames must be usernames, comma-separated' })
  usernames?: string[];
}
