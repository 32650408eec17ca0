import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type HttpErrorCode =
  | 'bad_signature'
  | 'payload_too_large'
  | 'malformed_json'
  | 'invalid_body'
  | 'unavailable'
  | 'not_found'
  | 'internal';

const STATUS: Record<HttpErrorCode, ContentfulStatusCode> = {
  bad_signature: 401,
  payload_too_large: 413,
  malformed_json: 400,
  invalid_body: 400,
  unavailable: 503,
  not_found: 404,
  internal: 500,
};

/** An answer as plain data, for a front that is not Hono (Node's webhook front). */
export interface PlainAnswer {
  status: ContentfulStatusCode;
  json: unknown;
}

/** The one shape every error answer has. */
export function errorAnswer(code: HttpErrorCode, reason: string): PlainAnswer {
  return { status: STATUS[code], json: { error: code, reason } };
}

/** A plain answer as Hono's response. */
export function respond(c: Context, { status, json }: PlainAnswer) {
  return c.json(json, status);
}

export function errorResponse(c: Context, code: HttpErrorCode, reason: string) {
  return respond(c, errorAnswer(code, reason));
}
