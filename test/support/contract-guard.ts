import { contractViolations } from './apps';

// Every e2e file: the responses it received must all match the OpenAPI document.
afterAll(() => {
  const violations = contractViolations();
  if (violations.length) {
    throw new Error(`responses that do not match the OpenAPI document:\n${violations.join('\n')}`);
  }
});
