import { App as AntApp } from 'antd';
import { CreateForm } from './CreateForm';

export default function NewAccident() {
  return (
    <AntApp>
      <NewAccidentContent />
    </AntApp>
  );
}

function NewAccidentContent() {
  return (
    <CreateForm
      title="事故快报"
      path="/accidents"
      submitText="报告事故"
      href={(id) => `/records/accidents/${id}`}
    />
  );
}
