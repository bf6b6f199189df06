import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** apps/console/dist from the API's source (apps/api/src/console) or its build (dist/apps/api/src/console). */
export function consoleDist(): string | null {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'console', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

/**
 * The web console (apps/console, built by `npm start`) under /console: its files as they are, every
 * other path under /console answered with index.html (the console routes in the browser), and `/`
 * redirected there. Plain Express middleware, so it is no API route and not in the OpenAPI document.
 */
export function serveConsole(app: INestApplication, dist: string | null = consoleDist()): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' && req.path === '/') return res.redirect(302, '/console/');
    next();
  });
  if (!dist) {
    app.use('/console', (_req: Request, res: Response) => {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('控制台尚未构建：请运行 npm start（会先构建 apps/console）。');
    });
    return;
  }
  // Hashed assets never change; index.html always revalidates so a new build is picked up.
  app.use(
    '/console/assets',
    express.static(join(dist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use('/console', express.static(dist, { index: false, maxAge: 0 }));
  app.use('/console', (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dist, 'index.html'));
  });
}
