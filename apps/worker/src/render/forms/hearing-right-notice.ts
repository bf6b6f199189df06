import {
  BLANK,
  chineseDay,
  documentCited,
  numberOf,
  obj,
  officersOf,
  partyOf,
  penaltyParty,
  sanctionsText,
  str,
  yuan,
} from './facts';
import type { Form } from './view';

/**
 * 听证告知书 (听告; 行政处罚法 第63–64条): served with the 行政处罚告知书 (or a continuing fine's notice)
 * when the intended penalty gives the right to a hearing. It names the party, the intended penalty with
 * its facts and basis in short, the right to ask for a hearing within five working days of service,
 * how to ask, and the agency; the agency's date and seal close it. Its facts are the notice's event.
 */
export const hearingRightNotice: Form = (f, v, texts) => {
  const e = obj(f.event);
  const continuing = e.type === 'continuing_fine_noticed';
  const title = continuing ? '按日连续处罚告知书' : '行政处罚告知书';
  const cited = documentCited(
    title,
    continuing
      ? numberOf(f, 'continuing_fine_notice', 'continuing_fine_notice')
      : numberOf(f, 'penalty_notice'),
  );
  const notice = obj(obj(f.record).notice);
  const facts = str(e.facts) || str(notice.facts);
  const basis = str(e.legalBasis) || str(notice.legalBasis);
  const intended = continuing
    ? `按日连续处罚，罚款${yuan(Number(e.totalFen) || 0)}（${str(e.days)}日）`
    : sanctionsText(e.sanctions, e.fineFen);
  const servedOn = str(e.servedOn);
  const ends = str(e.hearingRequestEnds);
  const contacts = officersOf(f)
    .map((o) => o.name)
    .filter(Boolean);
  return {
    ...v,
    addressee: `${partyOf(f).name}：`,
    fields: [...penaltyParty(f), { label: '拟作出的行政处罚', value: intended }],
    sections: [
      {
        heading: null,
        paragraphs: [
          `本机关${servedOn ? `于${chineseDay(servedOn)}` : ''}以${cited}告知你（单位），拟对你（单位）作出${intended}的行政处罚。`,
          ...(facts ? [`主要违法事实：${facts}`] : []),
          ...(basis ? [`处罚依据：${basis}。`] : []),
          texts.hearingRightNotice + (ends ? `听证申请期限至${chineseDay(ends)}。` : ''),
          texts.hearingRequestHow,
          `听证申请请向${f.agency.name}提出。联系人：${contacts.join('、') || BLANK}。`,
        ],
      },
    ],
  };
};
