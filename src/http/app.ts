import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Services } from '../adapters/services.ts';
import { errorResponse } from './errors.ts';
import { simulatorRoutes } from './simulator/routes.ts';
import { staffRoutes } from './staff/routes.ts';
import { type WebhookDeps, webhookRoutes } from './webhook.ts';

export interface AppOptions {
  /** How processing starts after events are recorded: Node kicks its processor, a Worker uses waitUntil. */
  onRecorded?: (c: Context) => void;
  ackBudgetMs?: number;
  /** Off on Workers: workerd refuses to compile the argon2 WebAssembly that password checks need. */
  staffPages?: boolean;
}

/** What the webhook needs, whichever front receives it (the Hono route here, Node's own in node-front.ts). */
export function webhookDeps(services: Services, options: AppOptions = {}): Omit<WebhookDeps, 'onRecorded'> {
  return {
    channelSecret: services.config.line.channelSecret,
    verifySignature: services.verifySignature,
    inbox: services.store.inbox,
    log: services.log,
    maxBytes: services.config.webhookMaxBytes,
    ackBudgetMs: options.ackBudgetMs ?? 1_500,
  };
}

/** The Hono app: webhook, health, and (without a LINE channel) the simulator. */
export function newApp(services: Services, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.onError((error, c) => {
    services.log.error('http_error', { path: c.req.path, error: error.name });
    return errorResponse(c, 'internal', 'something went wrong on our side');
  });
  app.notFound((c) => errorResponse(c, 'not_found', `no route for ${c.req.method} ${c.req.path}`));

  app.get('/healthz', async (c) =>
    (await services.healthy()) ? c.json({ ok: true }) : errorResponse(c, 'unavailable', 'database not ready'),
  );

  app.route(
    '/webhook',
    webhookRoutes({
      ...webhookDeps(services, options),
      onRecorded: options.onRecorded ?? (() => services.processor.kick()),
    }),
  );

  if (options.staffPages ?? true) {
    app.route('/staff', staffRoutes(services.staff));
  } else {
    app.all('/staff/*', (c) =>
      errorResponse(c, 'not_found', 'the staff pages are served by the Node.js deployment, not here'),
    );
  }

  if (services.fakeLine) {
    app.get('/', (c) => c.redirect('/simulator'));
    // In local mode this server is also the LINE API the bot calls (LINE_API_BASE_URL is an origin).
    app.route('/', services.fakeLine.app);
    app.route(
      '/simulator',
      simulatorRoutes(services.fakeLine, services.config.line.channelSecret, async (req) => app.fetch(req)),
    );
  }
  return app;
}
