import { createContext, useContext } from 'react';
import { Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import type { FormInstance } from 'antd';
import { FIELD_LABELS, VALUE_LABELS } from '../lib/labels';
import { term } from '../lib/i18n';
import { dateFromPicker, dayjs, instantFromPicker } from '../lib/time';
import { ProblemError } from '../api/client';
import { EvidenceUpload } from './record/EvidenceUpload';
import { DeadlinePreview } from './record/DeadlinePreview';

/** A JSON schema as the OpenAPI document has it (refs resolved at build time). */
export interface Schema {
  type?: string;
  format?: string;
  enum?: (string | number | boolean)[];
  example?: unknown;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  nullable?: boolean;
}

type NamePath = (string | number)[];

/** What the record offers the pickers: its hidden dangers …, the record evidence is uploaded to, and
 * for the fields whose date starts a clock, the rulebook clocks to preview from it. */
export interface FormChoices {
  dangers: { value: string; label: string }[];
  caseId?: string;
  previews?: Record<string, string[]>;
}
const Choices = createContext<FormChoices>({ dangers: [] });
export const ChoicesProvider = Choices.Provider;

const CJK = /[\u4e00-\u9fff]/;
export function labelOf(name: string, schema: Schema): string {
  return (
    FIELD_LABELS[name] ?? (schema.description && CJK.test(schema.description) ? schema.description : name)
  );
}

type Kind =
  | 'date'
  | 'instant'
  | 'text'
  | 'long'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'list'
  | 'group'
  | 'tags'
  | 'dangers';
const LONG = new Set([
  'summary',
  'facts',
  'instructions',
  'note',
  'opinion',
  'reason',
  'description',
  'refusalNote',
  'conclusion',
]);
const DANGER_LISTS = new Set(['dangerIds', 'correctedOnSite']);

export function kindOf(name: string, schema: Schema): Kind {
  const example = typeof schema.example === 'string' ? schema.example : '';
  if (schema.enum) return 'enum';
  if (schema.type === 'boolean') return 'boolean';
  if (schema.type === 'number' || schema.type === 'integer') return 'number';
  if (schema.type === 'array') {
    if (DANGER_LISTS.has(name)) return 'dangers';
    return schema.items?.type === 'object' || schema.items?.properties ? 'list' : 'tags';
  }
  if (schema.type === 'object' || schema.properties) return 'group';
  if (
    schema.format === 'date' ||
    /^\d{4}-\d{2}-\d{2}$/.test(example) ||
    /On$|^deadline$|^newDeadline$|^date$|^effectiveFrom$|^asOf$/.test(name)
  )
    return 'date';
  if (/T\d{2}:\d{2}/.test(example) || /At$/.test(name)) return 'instant';
  return LONG.has(name) ? 'long' : 'text';
}

function enumLabel(value: string | number | boolean): string {
  const v = String(value);
  if (VALUE_LABELS[v]) return VALUE_LABELS[v];
  const t = term(v);
  return t === v ? v : t;
}

export function Field({
  name,
  path,
  abs,
  schema,
  required,
}: {
  name: string;
  /** The name inside the enclosing Form.List (as Form.Item takes it). */
  path: NamePath;
  /** The name in the whole form (as setFieldValue takes it). */
  abs: NamePath;
  schema: Schema;
  required: boolean;
}) {
  const choices = useContext(Choices);
  const label = labelOf(name, schema);
  const kind = kindOf(name, schema);
  const item = { name: path, label, required, 'data-field': path.join('.') } as const;
  switch (kind) {
    case 'boolean':
      return (
        <Form.Item {...item} valuePropName="checked" label={undefined} required={false}>
          <Checkbox>{label}</Checkbox>
        </Form.Item>
      );
    case 'enum':
      return (
        <Form.Item {...item}>
          <Select options={schema.enum!.map((v) => ({ value: v as string, label: enumLabel(v) }))} />
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item {...item}>
          <InputNumber min={schema.minimum} style={{ width: 160 }} />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item
          {...item}
          extra={choices.previews?.[name] && <DeadlinePreview field={abs} rules={choices.previews[name]!} />}
        >
          <DatePicker />
        </Form.Item>
      );
    case 'instant':
      return (
        <Form.Item
          {...item}
          extra={
            <>
              北京时间
              {choices.previews?.[name] && (
                <DeadlinePreview field={abs} rules={choices.previews[name]!} instant />
              )}
            </>
          }
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
      );
    case 'long':
      return (
        <Form.Item {...item}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      );
    case 'dangers':
      return (
        <Form.Item {...item}>
          <Select mode="multiple" options={choices.dangers} />
        </Form.Item>
      );
    case 'tags':
      return (
        <Form.Item {...item} extra="输入后按回车添加">
          <Select mode="tags" open={false} suffixIcon={null} />
        </Form.Item>
      );
    case 'group':
      return (
        <fieldset
          style={{ border: '1px solid #e5e7eb', borderRadius: 6, padding: '8px 12px', marginBottom: 16 }}
        >
          <legend
            style={{
              fontSize: 14,
              width: 'auto',
              padding: '0 4px',
              marginBottom: 0,
              border: 0,
              color: '#262626',
            }}
          >
            {label}
          </legend>
          <Fields schema={schema} path={path} abs={abs} />
        </fieldset>
      );
    case 'list':
      return (
        <Form.List name={path}>
          {(rows, { add, remove }) => (
            <fieldset
              style={{ border: '1px solid #e5e7eb', borderRadius: 6, padding: '8px 12px', marginBottom: 16 }}
            >
              <legend
                style={{
                  fontSize: 14,
                  width: 'auto',
                  padding: '0 4px',
                  marginBottom: 0,
                  border: 0,
                  color: '#262626',
                }}
              >
                {label}
              </legend>
              {rows.map((row, i) => (
                <Card
                  key={row.key}
                  size="small"
                  title={`${label} ${i + 1}`}
                  style={{ marginBottom: 8 }}
                  extra={
                    <Button size="small" danger onClick={() => remove(row.name)}>
                      删除{label} {i + 1}
                    </Button>
                  }
                >
                  {schema.items?.properties?.sha256 && (
                    <EvidenceUpload
                      path={[...abs, row.name]}
                      caseId={choices.caseId}
                      hasKind={!!schema.items.properties.kind}
                    />
                  )}
                  <Fields schema={schema.items ?? {}} path={[row.name]} abs={[...abs, row.name]} />
                </Card>
              ))}
              <Button onClick={() => add()}>添加{label}</Button>
            </fieldset>
          )}
        </Form.List>
      );
    default:
      return (
        <Form.Item {...item}>
          <Input />
        </Form.Item>
      );
  }
}

export function Fields({
  schema,
  path = [],
  abs = path,
}: {
  schema: Schema;
  path?: NamePath;
  abs?: NamePath;
}) {
  const required = new Set(schema.required ?? []);
  return (
    <>
      {Object.entries(schema.properties ?? {}).map(([name, s]) => (
        <Field
          key={name}
          name={name}
          path={[...path, name]}
          abs={[...abs, name]}
          schema={s}
          required={required.has(name)}
        />
      ))}
    </>
  );
}

/** The form's values as the API takes them: dates and instants in 北京时间, empty fields left out. */
export function toBody(schema: Schema, value: unknown, name = '', required = false): unknown {
  const kind = name ? kindOf(name, schema) : 'group';
  // An unticked box is a "no", an untouched list an empty one; other empty fields are left out.
  if (value === undefined || value === null || value === '') {
    if (kind === 'boolean' && required) return false;
    if ((kind === 'list' || kind === 'tags' || kind === 'dangers') && required) return [];
    if (kind === 'group' && schema.properties) value = {};
    else return undefined;
  }
  if (kind === 'date' && dayjs.isDayjs(value)) return dateFromPicker(value);
  if (kind === 'instant' && dayjs.isDayjs(value)) return instantFromPicker(value);
  if (kind === 'list' && Array.isArray(value))
    return value.map((v) => toBody(schema.items ?? {}, v, '') ?? {});
  if ((kind === 'group' || schema.properties) && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, s] of Object.entries(schema.properties ?? {})) {
      const v = toBody(s, (value as Record<string, unknown>)[k], k, (schema.required ?? []).includes(k));
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  if (kind === 'text' || kind === 'long')
    return typeof value === 'string' ? value.trim() || undefined : value;
  return value;
}

/** Puts a problem's field messages at their fields; returns the messages no field took. */
export function showFieldErrors(form: FormInstance, error: unknown): string[] {
  if (!(error instanceof ProblemError) || !error.problem.errors) return [];
  const known = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const rest: string[] = [];
  const fields = [];
  for (const e of error.problem.errors) {
    const path = e.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    // The API's messages name the field by its path; at the field, its Chinese label reads better.
    const last = String(path[path.length - 1]);
    const label = FIELD_LABELS[last] ?? last;
    const messages = e.messages.map((m) =>
      m.startsWith(e.field) ? `${label}${m.slice(e.field.length)}` : m,
    );
    if (known.has(path.join('.'))) fields.push({ name: path, errors: messages });
    else rest.push(...e.messages.map((m) => `${e.field}: ${m}`));
  }
  form.setFields(fields);
  return rest;
}
