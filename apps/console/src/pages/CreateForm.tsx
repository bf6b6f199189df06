import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App as AntApp, Button, Card, Form, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import actionsJson from '../generated/actions.json';
import { newIdempotencyKey, postAction, ProblemError } from '../api/client';
import { Fields, kindOf, showFieldErrors, toBody, type Schema } from './SchemaForm';
import { fieldsOrProblem } from './ActionDialog';
import { pickerFromInstant } from '../lib/time';
import { useNow } from '../lib/session';

const ACTIONS = actionsJson as unknown as Record<string, { body: Schema | null }>;

/** A form that opens a record (POST /cases, POST /accidents), drawn from the document's schema. */
export function CreateForm({
  title,
  path,
  submitText,
  href,
}: {
  title: string;
  path: string;
  submitText: string;
  href: (id: string) => string;
}) {
  const schema = ACTIONS[path]?.body ?? { properties: {} };
  const [form] = Form.useForm();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const now = useNow();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());
  const initialValues: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(schema.properties ?? {}))
    if (kindOf(name, s) === 'instant') initialValues[name] = pickerFromInstant(now);

  async function submit() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const answer = (await postAction(
        path,
        toBody(schema, form.getFieldsValue(true)) ?? {},
        key.current,
      )) as { id: string };
      message.success(`${submitText}成功`);
      await queryClient.invalidateQueries();
      void navigate(href(answer.id));
    } catch (e) {
      const rest = showFieldErrors(form, e);
      setError(fieldsOrProblem(e, rest));
      if (e instanceof ProblemError) key.current = newIdempotencyKey();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="create-title" style={{ maxWidth: 760 }}>
      <Typography.Title level={1} id="create-title" style={{ fontSize: 22 }}>
        {title}
      </Typography.Title>
      <Card>
        {error && <Alert type="error" title={error} role="alert" style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" initialValues={initialValues} onFinish={() => void submit()}>
          <Fields schema={schema} />
          <Button type="primary" htmlType="submit" loading={busy}>
            {submitText}
          </Button>
        </Form>
      </Card>
    </section>
  );
}
