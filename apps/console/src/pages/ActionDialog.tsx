import { useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Form, Modal, Select } from 'antd';
import actionsJson from '../generated/actions.json';
import { newIdempotencyKey, postAction, ProblemError, type AvailableAction } from '../api/client';
import {
  ChoicesProvider,
  Fields,
  kindOf,
  showFieldErrors,
  toBody,
  type FormChoices,
  type Schema,
} from './SchemaForm';
import { pickerFromInstant } from '../lib/time';
import { recordText, useRecordText } from '../lib/i18n-record';
import { previewsFor } from './record/DeadlinePreview';

const ACTIONS = actionsJson as unknown as Record<string, { operationId: string; body: Schema | null }>;

/** The document's entry for a concrete action path (`/cases/<id>/measures/{measureId}/decision`). */
export function actionSchema(path: string): Schema | null {
  const segments = path.split('/');
  for (const [template, entry] of Object.entries(ACTIONS)) {
    const t = template.split('/');
    if (t.length !== segments.length) continue;
    if (t.every((seg, i) => seg === segments[i] || (seg.startsWith('{') && seg.endsWith('}'))))
      return entry.body;
  }
  return null;
}

export interface SubRecordChoices {
  [placeholder: string]: { value: string; label: string }[];
}

const PLACEHOLDER_LABELS: Record<string, string> = {
  measureId: 'form.measure',
  evidenceId: 'form.evidenceItem',
};

import { problemMessage as problemText } from '../lib/problem';
export { problemText };

/** The form's alert: a pointer to the fields when they hold the messages, else the refusal in words. */
export function fieldsOrProblem(error: unknown, unplaced: string[]): string {
  if (error instanceof ProblemError && error.problem.errors?.length)
    return [recordText('form.fixFields'), ...unplaced].join('；');
  return problemText(error);
}

export function ActionDialog({
  action,
  choices,
  subRecords,
  now,
  onClose,
}: {
  action: AvailableAction;
  choices: FormChoices;
  subRecords: SubRecordChoices;
  now: number;
  onClose: () => void;
}) {
  const t = useRecordText();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per dialog: a second click (or a retry after a lost answer) repeats the same request.
  const key = useRef(newIdempotencyKey());
  const schema = useMemo(() => actionSchema(action.path), [action.path]);
  const placeholders = [...action.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const placeholderLabel = (p: string) => (PLACEHOLDER_LABELS[p] ? t(PLACEHOLDER_LABELS[p]) : p);
  const formChoices = useMemo(
    () => ({ ...choices, previews: previewsFor(action.path) }),
    [choices, action.path],
  );
  const initialValues = useMemo(() => {
    const values: Record<string, unknown> = {};
    for (const [name, s] of Object.entries(schema?.properties ?? {}))
      if (kindOf(name, s) === 'instant') values[name] = pickerFromInstant(now);
    return values;
  }, [schema, now]);

  async function submit() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const values = form.getFieldsValue(true) as Record<string, unknown>;
      let path = action.path;
      for (const p of placeholders) {
        const v = values[`__${p}`];
        if (typeof v !== 'string' || !v) throw new Error(t('form.choose', { what: placeholderLabel(p) }));
        path = path.replace(`{${p}}`, encodeURIComponent(v));
      }
      const body = schema ? toBody(schema, values) : {};
      await postAction(path, body ?? {}, key.current);
      message.success(t('form.done', { label: action.label }));
      // Accepted: close now and let the record refresh behind it, rather than hold the dialog open
      // until every query on the page has been fetched again (slow on a loaded tablet).
      onClose();
      void queryClient.invalidateQueries();
    } catch (e) {
      const rest = showFieldErrors(form, e);
      setError(fieldsOrProblem(e, rest));
      // A refusal or a validation failure is final for this key: the next submit is a new request.
      if (e instanceof ProblemError) key.current = newIdempotencyKey();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={action.label}
      okText={t('form.submit')}
      cancelText={t('form.cancel')}
      onOk={() => void submit()}
      confirmLoading={busy}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      {error && <Alert type="error" title={error} role="alert" style={{ marginBottom: 12 }} />}
      <ChoicesProvider value={formChoices}>
        <Form form={form} layout="vertical" initialValues={initialValues} onFinish={() => void submit()}>
          {placeholders.map((p) => (
            <Form.Item key={p} name={`__${p}`} label={placeholderLabel(p)} required>
              <Select options={subRecords[p] ?? []} />
            </Form.Item>
          ))}
          {schema ? <Fields schema={schema} /> : <p>{t('form.noFields')}</p>}
        </Form>
      </ChoicesProvider>
    </Modal>
  );
}
