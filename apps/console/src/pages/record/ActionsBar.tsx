import { useState } from 'react';
import { Button, Card, Space, Tooltip, Typography } from 'antd';
import type { AvailableAction } from '../../api/client';
import { term } from '../../lib/i18n';
import { useRecordText } from '../../lib/i18n-record';
import { ActionDialog, type SubRecordChoices } from '../ActionDialog';
import type { FormChoices } from '../SchemaForm';
import type { View } from './view';

/** The record's `availableActions`: the open ones as buttons, the refused ones with the reason in words. */
export function ActionsBar({ view, now }: { view: View; now: number }) {
  const t = useRecordText();
  const [open, setOpen] = useState<AvailableAction | null>(null);
  const allowed = view.actions.filter((a) => a.allowed);
  const refused = view.actions.filter((a) => !a.allowed);
  const choices: FormChoices = {
    dangers: view.dangers.map((d) => ({ value: d.id, label: `${d.id} ${d.description}` })),
    caseId: view.id,
  };
  const subRecords: SubRecordChoices = {
    measureId: view.measures.map((m) => ({
      value: m.id,
      label: `${m.id} ${term(m.kind)}（${term(m.status)}）`,
    })),
  };
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('actions.title')}</h2>}
      style={{ marginBottom: 16 }}
    >
      {view.actions.length === 0 && <Typography.Text type="secondary">{t('actions.none')}</Typography.Text>}
      <Space wrap>
        {allowed.map((a) => (
          <Button key={a.id + a.path} type="primary" onClick={() => setOpen(a)}>
            {a.label}
          </Button>
        ))}
        {refused.map((a) => (
          <Tooltip key={a.id + a.path} title={a.message}>
            <Button disabled>{a.label}</Button>
          </Tooltip>
        ))}
      </Space>
      {refused.length > 0 && (
        <ul
          aria-label={t('actions.refusedLabel')}
          style={{ margin: '8px 0 0', paddingLeft: 18, color: '#595959' }}
        >
          {refused.map((a) => (
            <li key={a.id + a.path}>
              {a.label}：{a.message ?? term(a.reason)}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <ActionDialog
          action={open}
          choices={choices}
          subRecords={subRecords}
          now={now}
          onClose={() => setOpen(null)}
        />
      )}
    </Card>
  );
}
