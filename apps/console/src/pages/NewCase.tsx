import { App as AntApp } from 'antd';
import { CreateForm } from './CreateForm';

export default function NewCase() {
  return (
    <AntApp>
      <NewCaseContent />
    </AntApp>
  );
}

function NewCaseContent() {
  return (
    <CreateForm title="新建案件" path="/cases" submitText="立案" href={(id) => `/records/cases/${id}`} />
  );
}
