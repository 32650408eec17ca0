import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

type Schema = Record<string, unknown>;

interface Discriminator {
  propertyName: string;
  mapping: Record<string, string>;
}

const SPEC_URL = new URL('../../../shared/line-openapi/messaging-api.yml', import.meta.url);
const SPEC_REF_PREFIX = '#/components/schemas/';
const DOC_ID = 'line-messaging-api';
// OpenAPI-only annotations that JSON Schema either lacks or would misread.
const DROPPED_KEYWORDS = new Set(['discriminator', 'nullable', 'example', 'externalDocs', 'xml']);

let specSchemas: Record<string, Schema> | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function loadSpecSchemas(): Record<string, Schema> {
  if (!specSchemas) {
    const doc = parse(readFileSync(SPEC_URL, 'utf8')) as {
      components?: { schemas?: Record<string, Schema> };
    };
    specSchemas = doc.components?.schemas ?? {};
  }
  return specSchemas;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function discriminatorOf(schema: Schema | undefined): Discriminator | undefined {
  const discriminator = schema?.discriminator;
  return isSchema(discriminator) && isSchema(discriminator.mapping)
    ? (discriminator as unknown as Discriminator)
    : undefined;
}

function specName(ref: string): string {
  if (!ref.startsWith(SPEC_REF_PREFIX)) throw new Error(`Unsupported $ref in LINE spec: ${ref}`);
  return ref.slice(SPEC_REF_PREFIX.length);
}

function defRef(name: string): Schema {
  return { $ref: `${DOC_ID}#/$defs/${name}` };
}

// The base's own properties only: a subtype's allOf must not dispatch back into the mapping.
function baseDefName(name: string): string {
  return `${name}.base`;
}

function convertRef(ref: string, inheriting: boolean): Schema {
  const name = specName(ref);
  const isBase = inheriting && discriminatorOf(loadSpecSchemas()[name]) !== undefined;
  return defRef(isBase ? baseDefName(name) : name);
}

function applyNullable(source: Schema, target: Schema): void {
  if (source.nullable !== true) return;
  if (typeof target.type === 'string') target.type = [target.type, 'null'];
  if (Array.isArray(target.enum)) target.enum = [...target.enum, null];
}

function convertProperties(properties: Schema): Schema {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, convert(value)]));
}

function convertKeyword(key: string, value: unknown): unknown {
  if (key === 'properties' && isSchema(value)) return convertProperties(value);
  if (key === 'allOf' && Array.isArray(value)) return value.map((item) => convert(item, true));
  if ((key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) return value.map((item) => convert(item));
  if (['items', 'not', 'additionalProperties'].includes(key) && isSchema(value)) return convert(value);
  return value;
}

// OpenAPI 3.0 ignores siblings of $ref, so the reference replaces the whole node.
function convert(schema: unknown, inheriting = false): unknown {
  if (!isSchema(schema)) return schema;
  if (typeof schema.$ref === 'string') return convertRef(schema.$ref, inheriting);
  const result: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!DROPPED_KEYWORDS.has(key)) result[key] = convertKeyword(key, value);
  }
  applyNullable(schema, result);
  return result;
}

function dispatchSchema(name: string, { propertyName, mapping }: Discriminator): Schema {
  const branches = Object.entries(mapping).map(([value, ref]) => ({
    if: { required: [propertyName], properties: { [propertyName]: { const: value } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema keyword in a schema object, never awaited
    then: defRef(specName(ref)),
  }));
  const known = { required: [propertyName], properties: { [propertyName]: { enum: Object.keys(mapping) } } };
  return { allOf: [defRef(baseDefName(name)), known, ...branches] };
}

function buildDefs(schemas: Record<string, Schema>): Schema {
  const defs: Schema = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const discriminator = discriminatorOf(schema);
    if (discriminator) {
      defs[baseDefName(name)] = convert(schema);
      defs[name] = dispatchSchema(name, discriminator);
    } else {
      defs[name] = convert(schema);
    }
  }
  return defs;
}

function getAjv(): Ajv {
  if (!ajv) {
    // ajv-formats is not installed, so `format` (uri, int64, ...) stays an annotation.
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ $id: DOC_ID, $defs: buildDefs(loadSpecSchemas()) });
  }
  return ajv;
}

function validatorFor(schemaName: string): ValidateFunction {
  const cached = validators.get(schemaName);
  if (cached) return cached;
  if (!Object.hasOwn(loadSpecSchemas(), schemaName)) {
    throw new Error(`Unknown schema in LINE spec: ${schemaName}`);
  }
  const validate = getAjv().compile(defRef(schemaName));
  validators.set(schemaName, validate);
  return validate;
}

function formatError(error: ErrorObject): string {
  const path = error.instancePath || '/';
  const allowed = error.keyword === 'enum' ? `: ${(error.params.allowedValues as unknown[]).join(', ')}` : '';
  return `${path} ${error.message ?? error.keyword}${allowed}`;
}

/** Errors (empty when valid) of `value` against the named schema under components.schemas. */
export function lineSchemaErrors(schemaName: string, value: unknown): string[] {
  const validate = validatorFor(schemaName);
  if (validate(value)) return [];
  // `if` failures only echo the branch errors already reported, and the base is checked by several paths.
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'if');
  return [...new Set(errors.map(formatError))];
}

/** Errors (empty when valid) of `message` against the spec's `Message` schema, resolving discriminators. */
export function lineMessageErrors(message: unknown): string[] {
  return lineSchemaErrors('Message', message);
}
