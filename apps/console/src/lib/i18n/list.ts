import { registerNamespace } from '../i18n';
import { bundle } from './bundle';

/** The lists of cases, penalties, transfers and accidents (loaded with their lazy screen). */
export const LIST = 'list';
registerNamespace(
  LIST,
  bundle(
    {
      title_cases: '执法案件',
      title_penalties: '处罚案件',
      title_transfers: '移送案件',
      title_accidents: '事故',
      stage: '阶段',
      all: '全部',
      overdueOnly: '只看超期',
      empty: '暂无记录',
      colName: '名称',
      colStage: '阶段',
      colOpened: '立案/报告时间（北京时间）',
      colNextDue: '下一期限（北京时间）',
      overdueAt: '已超期 {{at}}',
    },
    {
      title_cases: 'Cases',
      title_penalties: 'Penalties',
      title_transfers: 'Transfers',
      title_accidents: 'Accidents',
      stage: 'Stage',
      all: 'All',
      overdueOnly: 'Overdue only',
      empty: 'No records',
      colName: 'Name',
      colStage: 'Stage',
      colOpened: 'Opened or reported (Beijing time)',
      colNextDue: 'Next deadline (Beijing time)',
      overdueAt: 'Overdue {{at}}',
    },
  ),
);
