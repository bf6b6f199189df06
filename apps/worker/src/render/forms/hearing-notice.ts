import {
  BLANK,
  chineseDay,
  documentCited,
  numberOf,
  obj,
  partyOf,
  penaltyParty,
  personOf,
  sanctionsText,
  str,
  yuan,
} from './facts';
import type { Form } from './view';

/**
 * The notice the hearing is about: the intended penalty's 行政处罚告知书, or (a hearing scheduled after
 * the decision) the continuing fine's notice.
 */
export function hearingSubject(f: Parameters<Form>[0]) {
  const record = obj(f.record);
  const cf = obj(record.continuingFine);
  if (record.stage === 'served' && obj(cf.hearing).requestedOn) {
    const notice = obj(cf.notice);
    return {
      hearing: obj(cf.hearing),
      title: '按日连续处罚告知书',
      number: numberOf(f, 'continuing_fine_notice'),
      servedOn: str(notice.servedOn),
      intended: `按日连续处罚，罚款${yuan(Number(notice.totalFen) || 0)}`,
    };
  }
  const notice = obj(record.notice);
  return {
    hearing: obj(record.hearing),
    title: '行政处罚告知书',
    number: numberOf(f, 'penalty_notice'),
    servedOn: str(notice.servedOn),
    intended: sanctionsText(notice.sanctions, notice.fineFen),
  };
}

/**
 * 听证通知书 (行政处罚法 第64条): served at least seven days ahead, it names the time, the place and the
 * presiding officer (not an investigator) and tells the party how the hearing runs and its rights.
 * The hour and the place print from the scheduling when it recorded them (older ones did not: they
 * print as blanks the officer fills in by hand rather than anything made up).
 */
export const hearingNotice: Form = (f, v, texts) => {
  const e = obj(f.event);
  const subject = hearingSubject(f);
  const requestedOn = str(subject.hearing.requestedOn);
  const chair = personOf(f, e.chair || subject.hearing.chair).name;
  const day = chineseDay(str(e.date) || str(subject.hearing.date));
  const cited = documentCited(subject.title, subject.number);
  const time = str(e.time) || str(subject.hearing.time);
  const place = str(e.place) || str(subject.hearing.place);
  return {
    ...v,
    addressee: `${partyOf(f).name}：`,
    fields: [
      ...penaltyParty(f),
      { label: '听证时间', value: `${day}${hourMinute(time)}` },
      { label: '听证地点', value: place || BLANK },
      { label: '听证主持人', value: chair || BLANK },
    ],
    sections: [
      {
        heading: null,
        paragraphs: [
          `${subject.servedOn ? `本机关于${chineseDay(subject.servedOn)}向你（单位）送达${cited}，` : `根据本机关${cited}，`}拟对你（单位）给予${subject.intended}的行政处罚。${requestedOn ? `你（单位）于${chineseDay(requestedOn)}提出听证申请。` : ''}`,
          `根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，本机关定于${day}${time ? hourMinute(time) : ''}${place ? `在${place}` : ''}举行听证，由${chair || BLANK}主持。`,
          texts.hearingNoticeRights,
          texts.hearingNoticeAbsence,
        ],
      },
    ],
  };
};

/** 9时30分 from `09:30`; blanks to fill in by hand when the hour was not recorded. */
export function hourMinute(time: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  return m ? `${Number(m[1])}时${m[2]}分` : `${BLANK}时${BLANK}分`;
}
