import type { OpenAPIObject } from '@nestjs/swagger';

// @nestjs/swagger exports the document type but not its parts: name them from it.
export type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;
export type ParameterObject = Extract<NonNullable<OperationObject['parameters']>[number], { in: string }>;
export type ResponseObject = Extract<OperationObject['responses'][string], { description: string }>;
export type ContentObject = NonNullable<ResponseObject['content']>;
type AnySchema = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];
export type ReferenceObject = Extract<AnySchema, { $ref: string }>;
export type SchemaObject = Exclude<AnySchema, { $ref: string }>;
