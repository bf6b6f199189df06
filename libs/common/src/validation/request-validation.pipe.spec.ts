import { IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { ProblemException } from '../errors/problem';
import { RequestValidationPipe } from './request-validation.pipe';

class Optional {
  @IsOptional() @IsIn(['a', 'b']) scope?: string;
  @IsOptional() @IsInt() limit = 50;
}

class Required {
  @IsString() name!: string;
}

describe('RequestValidationPipe', () => {
  const pipe = new RequestValidationPipe();
  const query = (metatype: unknown) => ({ type: 'query' as const, metatype: metatype as never });

  it('answers an empty query with a fresh instance, the same as validating it', async () => {
    const first = await pipe.transform({}, query(Optional));
    const again = await pipe.transform({}, query(Optional));
    expect(again).toBeInstanceOf(Optional);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('still validates a query with parameters, and unknown ones are refused', async () => {
    await pipe.transform({}, query(Optional));
    await expect(pipe.transform({ scope: 'c' }, query(Optional))).rejects.toBeInstanceOf(ProblemException);
    await expect(pipe.transform({ other: '1' }, query(Optional))).rejects.toBeInstanceOf(ProblemException);
    await expect(pipe.transform({ scope: 'a' }, query(Optional))).resolves.toMatchObject({ scope: 'a' });
  });

  it('refuses an empty query every time when its class requires a parameter', async () => {
    await expect(pipe.transform({}, query(Required))).rejects.toBeInstanceOf(ProblemException);
    await expect(pipe.transform({}, query(Required))).rejects.toBeInstanceOf(ProblemException);
  });
});
