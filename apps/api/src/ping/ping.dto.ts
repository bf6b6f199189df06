import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class CreatePingDto {
  @ApiProperty({ example: 'hello', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  message!: string;

  @ApiProperty({
    required: false,
    description: 'How long the workflow waits for an acknowledgement, in seconds (default one day)',
    minimum: 1,
    maximum: 2_592_000,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_592_000)
  ackWindowSeconds?: number;
}

export class PingView {
  @ApiProperty() id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ enum: ['PENDING', 'RECORDED', 'ACKNOWLEDGED', 'EXPIRED'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) recordedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) settledAt!: string | null;
}
