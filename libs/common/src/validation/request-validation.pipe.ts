import { Injectable, ValidationPipe, type ArgumentMetadata, type Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validationProblem } from '../errors/problem';
import { memoizeValidationMetadata } from './validation-metadata-cache';

function isEmptyObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) return false;
  return true;
}

/**
 * The API's ValidationPipe: whitelisted fields only (an unknown one is refused), DTOs transformed,
 * errors as a 422 problem. Two things make it cheaper per request without changing an answer:
 * class-validator's metadata lookups are memoised, and a query without parameters (most GETs) is
 * validated once per query class: when its class accepts no parameters at all, later empty queries
 * only get their (fresh) instance; a class that refuses them goes through validation every time, so
 * its errors are the same as before.
 */
@Injectable()
export class RequestValidationPipe extends ValidationPipe {
  private readonly acceptsEmptyQuery = new WeakSet<Type<unknown>>();

  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationProblem,
    });
    memoizeValidationMetadata();
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = metadata.metatype as Type<unknown> | undefined;
    const emptyQuery = metadata.type === 'query' && metatype !== undefined && isEmptyObject(value);
    if (emptyQuery && this.acceptsEmptyQuery.has(metatype)) return plainToInstance(metatype, value);
    const result: unknown = await super.transform(value, metadata);
    if (emptyQuery && result instanceof metatype) this.acceptsEmptyQuery.add(metatype);
    return result;
  }
}
