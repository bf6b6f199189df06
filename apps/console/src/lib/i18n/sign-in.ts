import { bundle } from './bundle';

/** The sign-in page (its title, fields and button are the shell's: `app`, `username`, …). */
export const signIn = bundle(
  {
    missing: '请输入用户名和密码',
    demoHint: '演示账号：nc.officer1、nc.supervisor、prov.auditor 等，密码 safecase-demo',
  },
  {
    missing: 'Enter your username and password',
    demoHint: 'Demo users: nc.officer1, nc.supervisor, prov.auditor and others, password safecase-demo',
  },
);
