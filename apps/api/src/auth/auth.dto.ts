import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@safecase/domain';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'nc.officer1' })
  @IsString()
  @Length(1, 100)
  username!: string;

  @ApiProperty({ example: 'see README' })
  @IsString()
  @Length(1, 200)
  password!: string;
}

export class TokenView {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: string;
  @ApiProperty({ description: 'seconds' }) expiresIn!: number;
}

export class ActorView {
  @ApiProperty() userId!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ isArray: true, enum: ROLES })
  roles!: string[];
  @ApiProperty() agencyId!: string;
  @ApiProperty() agencyName!: string;
  @ApiProperty() regionCode!: string;
}
