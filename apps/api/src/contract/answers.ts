import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ref } from './schema-dsl';

/** Documents a success answer by the name of its schema in `SCHEMAS`. */
export const Answers = (status: number, schema: string, description = 'OK') =>
  ApiResponse({ status, description, content: { 'application/json': { schema: ref(schema) } } });

/** A command whose record may still be being written when the answer is due (202 `RecordPending`). */
export const AnswersOrPending = (status: number, schema: string) =>
  applyDecorators(
    Answers(status, schema),
    Answers(202, 'RecordPending', 'Accepted; the record is still being written (read it again shortly)'),
  );
