import { chinaDateOf } from '../calendar/china-time';
import { isIsoDate } from '../calendar/iso-date';
import { refuse, reject } from '../enforcement/case-rejection';
import { term, type ActionPhrase } from '../i18n';
import type { CaseActor } from '../enforcement/case-types';
import { fourEyesViolation } from '../identity/four-eyes';
import { deadlineDayProblem } from '../rulebook/input-bounds';
import { ruleOf } from '../rulebook/rulebook';
import { actingRole } from '../procedure/definition';
import { ACCIDENT_PROCEDURE } from './accident.procedure';
import { casualtyWindowEnds, classify, principalProblem } from './accident-rules';
import type { AccidentCommand, AccidentEvent, AccidentState } from './accident-types';

/**
 * decideAccident(state, command, actor, now) → events, or a CaseRejection. Officers record what the
 * investigation produces; the supervisor or head forms the team, approves extensions and the 批复 as
 * the agency records them (four-eyes against whoever asked); the head hands a re-graded accident up.
 */
export function decideAccident(
  s: AccidentState,
  c: AccidentCommand,
  actor: CaseActor,
  now: number,
): AccidentEvent[] {
  if (actor.agencyId !== s.agencyId) reject('case.not_found', 'accident.not_in_agency');
  // The capacity acted in: closed, stage and role were checked by the runtime (accident.procedure.ts).
  const role = actingRole(ACCIDENT_PROCEDURE, c.type, actor);
  const today = chinaDateOf(now);
  const by = { userId: actor.userId, username: actor.username, role };
  // Approvals are four-eyes against whoever asked (the definition's `not_proposer`).
  const approver = (what: ActionPhrase, proposedBy?: string) => {
    const why = fourEyesViolation(actor, { proposedBy, handlers: [] });
    if (why) reject('auth.four_eyes', 'common.four_eyes', { action: term(what), why: term(why) });
    return by;
  };
  const text = (v: string, field: string) => {
    if (!v.trim()) reject('case.invalid', 'common.required', { field });
  };
  const extension = (days: number, max: number) => {
    if (!Number.isInteger(days) || days < 1 || days > max)
      reject('case.invalid', 'accident.extension_days', { max });
  };
  // The report (第29条) and an especially major accident's approval (第32条) may each be extended
  // once, by at most the rulebook's days, with the approval of someone other than who asked.
  const requestExtension = (
    clock: 'report' | 'approval',
    c: { days: number; reason: string },
  ): AccidentEvent[] => {
    const current = clock === 'report' ? s.reportExtension : s.approvalExtension;
    if (current && current.status !== 'refused')
      reject('case.wrong_stage', 'accident.extended_once', {
        clock: term(clock),
        article: clock === 'report' ? '第29条' : '第32条',
      });
    extension(c.days, ruleOf(s.rulebook, `accident.${clock}_extension`).amount);
    text(c.reason, 'reason');
    const type = `${clock}_extension_requested` as const;
    return [{ type, at: now, by, days: c.days, reason: c.reason }];
  };
  const decideExtension = (
    clock: 'report' | 'approval',
    c: { approve: boolean; note: string },
  ): AccidentEvent[] => {
    const current = clock === 'report' ? s.reportExtension : s.approvalExtension;
    if (current?.status !== 'requested') return reject('case.wrong_stage', 'common.no_extension_requested');
    const type = `${clock}_extension_decided` as const;
    const documents = c.approve ? [{ key: `${clock}_extension`, type: `${clock}_extension` as const }] : [];
    const actorBy = approver('approving the extension', current.requestedBy);
    return [{ type, at: now, by: actorBy, approved: c.approve, note: c.note, documents }];
  };
  switch (c.type) {
    case 'update_casualties': {
      const figures = {
        deaths: c.deaths,
        seriousInjuries: c.seriousInjuries,
        directLossYuan: c.directLossYuan,
        missing: c.missing ?? s.missing ?? 0,
      };
      for (const [k, v] of Object.entries(figures))
        if (!Number.isInteger(v) || v < 0) reject('case.invalid', 'accident.whole_number', { k });
      // The window (第13条) is judged by the day the change happened, however late it is entered;
      // a correction of the direct loss alone is accepted at any time (docs/domain.md §4).
      const changedOn = c.changedOn ?? today;
      if (!isIsoDate(changedOn) || changedOn > today || changedOn < chinaDateOf(s.occurredAt))
        reject('case.invalid', 'accident.change_day', { occurredOn: chinaDateOf(s.occurredAt) });
      const casualtiesChanged =
        figures.deaths !== s.deaths ||
        figures.seriousInjuries !== s.seriousInjuries ||
        figures.missing !== (s.missing ?? 0);
      const last = casualtyWindowEnds(s.occurredAt, s.category, s.rulebook);
      if (casualtiesChanged && changedOn > last)
        reject('case.invalid', 'accident.casualty_window', { last, changedOn });
      const k = classify(s, figures);
      return [
        {
          type: 'casualties_updated',
          at: now,
          by,
          ...figures,
          ...(c.changedOn === undefined ? {} : { changedOn }),
          grade: k.grade,
          previousGrade: s.grade,
          level: k.level,
          previousLevel: s.level,
          handoverRequired: k.handoverRequired,
          note: c.note,
        },
      ];
    }
    case 'record_reporting_violation': {
      // 漏报 / 谎报 / 瞒报: the 主要负责人 answers (安全生产法 第110条), for 谎报 / 瞒报 the unit too (第36条).
      text(c.facts, 'facts');
      const principal = c.principal ?? s.principal;
      if (!principal) return reject('case.invalid', 'accident.principal_required');
      const problem = principalProblem(principal);
      if (problem) reject('case.invalid', problem);
      return [{ type: 'reporting_violation_recorded', at: now, by, kind: c.kind, facts: c.facts, principal }];
    }
    case 'start_technical_appraisal': {
      // 第27条: the time of a technical appraisal is not counted in the investigation's period.
      if (s.appraisals.some((a) => a.to === null)) reject('case.wrong_stage', 'accident.appraisal_open');
      const latest = s.appraisals.at(-1)?.to ?? chinaDateOf(s.occurredAt);
      if (!isIsoDate(c.on) || c.on > today || c.on < latest)
        reject('case.invalid', 'accident.appraisal_day', { notBefore: latest });
      text(c.note, 'note');
      return [{ type: 'technical_appraisal_started', at: now, by, from: c.on, note: c.note }];
    }
    case 'end_technical_appraisal': {
      const open = s.appraisals.find((a) => a.to === null);
      if (!open) return reject('case.wrong_stage', 'accident.no_appraisal_open');
      if (!isIsoDate(c.on) || c.on > today || c.on < open.from)
        reject('case.invalid', 'accident.appraisal_day', { notBefore: open.from });
      return [{ type: 'technical_appraisal_ended', at: now, by, to: c.on }];
    }
    case 'record_level_handover': {
      if (!s.levelHandover.required || s.levelHandover.note)
        reject('case.wrong_stage', 'accident.no_handover_due');
      text(c.note, 'note');
      return [
        {
          type: 'level_handover_recorded',
          at: now,
          by,
          note: c.note,
        },
      ];
    }
    case 'record_passed_up': {
      if (s.passedUp) reject('case.wrong_stage', 'accident.passed_up', { to: s.passedUp.to });
      text(c.to, 'to');
      return [{ type: 'report_passed_up', at: now, by, to: c.to }];
    }
    case 'form_team': {
      text(c.leader, 'leader');
      if (c.members.filter((m) => m.trim()).length < 1) reject('case.invalid', 'accident.team_members');
      return [
        {
          type: 'team_formed',
          at: now,
          by,
          formedOn: today,
          leader: c.leader,
          members: c.members,
          documents: [{ key: 'investigation_team', type: 'investigation_team' }],
        },
      ];
    }
    case 'request_report_extension':
      return requestExtension('report', c);
    case 'decide_report_extension':
      return decideExtension('report', c);
    case 'submit_report': {
      text(c.summary, 'summary');
      if (s.appraisals.some((a) => a.to === null)) reject('case.wrong_stage', 'accident.appraisal_open');
      return [
        {
          type: 'report_submitted',
          at: now,
          by,
          submittedOn: today,
          summary: c.summary,
        },
      ];
    }
    case 'request_approval_extension':
      if (s.grade !== 'ESPECIALLY_MAJOR') reject('case.invalid', 'accident.approval_extension_major');
      return requestExtension('approval', c);
    case 'decide_approval_extension':
      return decideExtension('approval', c);
    case 'approve_report': {
      return [
        {
          type: 'report_approved',
          at: now,
          by,
          approvedOn: today,
          note: c.note,
          documents: [{ key: 'approval', type: 'approval' }],
        },
      ];
    }
    case 'record_publication': {
      if (!isIsoDate(c.publishedOn) || c.publishedOn > today || c.publishedOn < s.approval!.approvedOn)
        reject('case.invalid', 'accident.report_publish_day', { approvedOn: s.approval!.approvedOn });
      return [
        {
          type: 'report_published',
          at: now,
          by,
          publishedOn: c.publishedOn,
        },
      ];
    }
    case 'add_rectification_item': {
      text(c.measure, 'measure');
      text(c.responsibleUnit, 'responsibleUnit');
      if (c.summonsPlace !== undefined) text(c.summonsPlace, 'summonsPlace');
      if (c.referralAddressee !== undefined) text(c.referralAddressee, 'referralAddressee');
      if (!isIsoDate(c.deadline) || c.deadline < today) reject('case.invalid', 'accident.item_deadline');
      const tooFar = deadlineDayProblem(s.rulebook, today, c.deadline, 'deadline');
      if (tooFar) refuse('case.invalid', tooFar);
      if (s.items.some((i) => i.itemId === c.itemId))
        reject('case.invalid', 'accident.item_exists', { itemId: c.itemId });
      const { type: _t, ...item } = c;
      return [
        {
          type: 'rectification_item_added',
          at: now,
          by,
          item,
          documents: [{ key: `rectification:${c.itemId}`, type: 'rectification_notice' }],
        },
      ];
    }
    case 'record_evaluation': {
      text(c.result, 'result');
      const referred = s.items.filter((i) => i.status === 'open').map((i) => i.itemId);
      return [
        {
          type: 'evaluation_recorded',
          at: now,
          by,
          evaluatedOn: today,
          result: c.result,
          referred,
          documents: [{ key: 'evaluation', type: 'evaluation' }],
        },
      ];
    }
    case 'publish_evaluation': {
      if (s.evaluation!.publishedOn) reject('case.wrong_stage', 'accident.evaluation_published');
      if (!isIsoDate(c.publishedOn) || c.publishedOn > today || c.publishedOn < s.evaluation!.evaluatedOn)
        reject('case.invalid', 'accident.evaluation_publish_day', { evaluatedOn: s.evaluation!.evaluatedOn });
      return [
        {
          type: 'evaluation_published',
          at: now,
          by,
          publishedOn: c.publishedOn,
        },
      ];
    }
    case 'close_accident': {
      if (!s.evaluation!.publishedOn) reject('case.wrong_stage', 'accident.publish_evaluation_first');
      if (s.items.some((i) => i.status === 'open')) reject('case.wrong_stage', 'accident.items_open');
      return [{ type: 'accident_closed', at: now, by, note: c.note }];
    }
  }
}
