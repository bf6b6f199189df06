import { termText } from '@safecase/domain';
import { BLANK, chineseDay, list, numberOf, obj, penaltyParty, sanctionsText, str } from './facts';
import type { Form } from './view';

const REMEDY: Record<string, string> = { reconsideration: '申请行政复议', lawsuit: '提起行政诉讼' };
const OUTCOME: Record<string, string> = {
  upheld: '维持原决定',
  changed: '变更原决定',
  revoked: '撤销原决定',
  withdrawn: '撤回申请（起诉）',
};
const METHOD: Record<string, string> = {
  on_the_spot: '当场交付',
  direct: '直接送达',
  left: '留置送达',
  entrusted: '委托送达',
  mail: '邮寄送达',
  public_notice: '公告送达',
  electronic: '电子送达',
};

/**
 * 强制执行申请书 (行政强制法 第53–55条): the applicant and the party, the decision being enforced, its
 * service, the remedies the party used or let pass, the demand and its service, the failure to perform,
 * the request to the court and what goes with it; signed by the agency's head, sealed and dated.
 * The decision and the demand are named by their numbers, as frozen when the application was issued.
 */
export const courtEnforcement: Form = (f, v, texts) => {
  const record = obj(f.record);
  const decision = obj(record.decision);
  const service = obj(record.service);
  const demand = obj(record.demand);
  const remedies = list(record.remedies);
  const sanctions = sanctionsText(decision.sanctions, decision.fineFen);
  const decisionNo = numberOf(f, 'penalty_decision');
  const demandNo = numberOf(f, 'payment_demand');
  // 第54条: the court where the agency sits (or the property lies); recorded with the application.
  const court = str(obj(f.event).court) || str(obj(record.courtApplication).court);
  const served = str(service.effectiveOn) || str(service.servedOn);
  const statements = list(record.statements)
    .map((s) => str(s.content))
    .filter(Boolean);
  const facts = [
    `本机关于${chineseDay(str(decision.decidedOn))}对被申请人作出行政处罚决定${decisionNo ? `（${decisionNo}）` : ''}：${str(decision.facts)}依据${str(decision.legalBasis)}，给予${sanctions}的行政处罚。`,
    served
      ? `该决定书于${chineseDay(served)}以${METHOD[str(service.method)] ?? termText(str(service.method), 'zh')}方式送达被申请人。`
      : '',
    remedies.length
      ? remedies
          .map(
            (r) =>
              `被申请人于${chineseDay(str(r.filedOn))}${REMEDY[str(r.kind)] ?? str(r.kind)}，${str(r.endedOn) ? `已于${chineseDay(str(r.endedOn))}审结（${OUTCOME[str(r.outcome)] ?? str(r.outcome)}）` : '尚未审结'}。`,
          )
          .join('')
      : '被申请人在法定期限内未申请行政复议或者提起行政诉讼，又不履行该行政处罚决定。',
    statements.length ? `被申请人的意见：${statements.join('；')}` : '',
    str(demand.servedOn)
      ? `本机关于${chineseDay(str(demand.servedOn))}向被申请人送达催告书${demandNo ? `（${demandNo}）` : ''}，催告书送达十日后被申请人仍未履行。`
      : '',
  ].filter(Boolean);
  return {
    ...v,
    addressee: court ? `${court}：` : `${BLANK}人民法院：`,
    fields: [
      { label: '申请人', value: f.agency.name },
      ...penaltyParty(f).map((x, i) => (i === 0 ? { ...x, label: '被申请人' } : x)),
      ...(decisionNo ? [{ label: '行政处罚决定书文号', value: decisionNo }] : []),
      ...(demandNo ? [{ label: '催告书文号', value: demandNo }] : []),
    ],
    sections: [
      {
        heading: '申请事项',
        paragraphs: [
          `请求依法强制执行本机关于${chineseDay(str(decision.decidedOn))}作出的行政处罚决定（${decisionNo ? `${decisionNo}，` : ''}${sanctions}）及依法加处的罚款。`,
        ],
      },
      { heading: '事实和理由', paragraphs: [...facts, texts.courtRequest] },
      { heading: '附件', paragraphs: [texts.courtEnclosures] },
    ],
    copies: '本申请书一式两份，一份连同附件送人民法院，一份存档。',
    signatures: {
      ...v.signatures,
      party: null,
      others: ['行政机关负责人（签名）'],
      date: str(obj(f.event).filedOn) ? chineseDay(str(obj(f.event).filedOn)) : v.signatures.date,
    },
  };
};
