import { bundle } from './bundle';

/** How a person on a record is named: their name, then their role. */
export const people = bundle(
  { roleSuffix: '（{{role}}）', loginName: '用户名：{{username}}' },
  { roleSuffix: ' ({{role}})', loginName: 'Username: {{username}}' },
);
