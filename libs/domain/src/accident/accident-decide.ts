import { chinaDateOf } from '../calendar/china-time';
import { isIsoDate } from '../calendar/iso-date';
import { refuse, reject } from '../enforcement/case-rejection';
import { anyOf, term, type ActionPhrase } from '../i18n';
import type { CaseActor } from '../enforcement/case-types';
import { fourEyesViolation } from '../identity/four-eyes';
import { deadlineDayProblem } from '../rulebook/input-bounds';
import { ruleOf } from '../rulebook/rulebook';
import { casualtyWindowEnds, classify } from './accident-rules';
import type { AccidentCommand, AccidentEvent, AccidentStage, AccidentState } from './accident-types';

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
  if (s.stage === 'closed') reject('case.wrong_stage', 'accident.closed');
  const today = chinaDateOf(now);
  const stage = (allowed: AccidentStage[], what: ActionPhrase) => {
    if (!allowed.includes(s.stage))
      reject('case.wrong_stage', 'accident.wrong_stage', { action: term(what), stage: term(s.stage) });
  };
  const role = (roles: string[], what: ActionPhrase) =>
    roles.find((r) => actor.roles.includes(r)) ??
    reject('auth.forbidden', 'common.needs_role', { action: term(what), roles: anyOf(roles) });
  const by = (r: string) => ({ userId: actor.userId, username: actor.username, role: r });
  const approver = (what: ActionPhrase, proposedBy?: string) => {
    const r = role(['head', 'supervisor'], what);
    const why = fourEyesViolation(actor, { proposedBy, handlers: [] });
    if (why) reject('auth.four_eyes', 'common.four_eyes', { action: term(what), why: term(why) });
    return by(r);
  };
  const officer = (what: ActionPhrase) => by(role(['officer'], what));
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
    return [{ type, at: now, by: officer('requesting an extension'), days: c.days, reason: c.reason }];
  };
  const decideExtension = (
    clock: 'report' | 'approval',
    c: { approve: boolean; note: string },
  ): AccidentEvent[] => {
    const current = clock === 'report' ? s.reportExtension : s.approvalExtension;
    if (current?.status !== 'requested') return reject('case.wrong_stage', 'common.no_extension_requested');
    const type = `${clock}_extension_decided` as const;
    const documents = c.approve ? [{ key: `${clock}_extension`, type: `${clock}_extension` as const }] : [];
    const by = approver('approving the extension', current.requestedBy);
    return [{ type, at: now, by, approved: c.approve, note: c.note, documents }];
  };
  switch (c.type) {
    case 'update_casualties': {
      const actorBy = officer('recording casualties');
      const last = casualtyWindowEnds(s.occurredAt, s.category, s.rulebook);
      if (today > last) reject('case.invalid', 'accident.casualty_window', { last });
      for (const [k, v] of Object.entries({
        deaths: c.deaths,
        seriousInjuries: c.seriousInjuries,
        directLossYuan: c.directLossYuan,
      }))
        if (!Number.isInteger(v) || v < 0) reject('case.invalid', 'accident.whole_number', { k });
      const k = classify(s, c);
      return [
        {
          type: 'casualties_updated',
          at: now,
          by: actorBy,
          deaths: c.deaths,
          seriousInjuries: c.seriousInjuries,
          directLossYuan: c.directLossYuan,
          grade: k.grade,
          previousGrade: s.grade,
          level: k.level,
          previousLevel: s.level,
          handoverRequired: k.handoverRequired,
          note: c.note,
        },
      ];
    }
    case 'record_level_handover': {
      if (!s.levelHandover.required || s.levelHandover.note)
        reject('case.wrong_stage', 'accident.no_handover_due');
      text(c.note, 'note');
      return [
        {
          type: 'level_handover_recorded',
          at: now,
          by: by(role(['head'], 'handing the investigation up')),
          note: c.note,
        },
      ];
    }
    case 'record_passed_up': {
      if (s.passedUp) reject('case.wrong_stage', 'accident.passed_up', { to: s.passedUp.to });
      text(c.to, 'to');
      return [{ type: 'report_passed_up', at: now, by: officer('recording the report passed up'), to: c.to }];
    }
    case 'form_team': {
      stage(['reported'], 'form the investigation team');
      text(c.leader, 'leader');
      if (c.members.filter((m) => m.trim()).length < 1) reject('case.invalid', 'accident.team_members');
      return [
        {
          type: 'team_formed',
          at: now,
          by: approver('forming the investigation team'),
          formedOn: today,
          leader: c.leader,
          members: c.members,
          documents: [{ key: 'investigation_team', type: 'investigation_team' }],
        },
      ];
    }
    case 'request_report_extension':
      stage(['investigating'], 'request more time for the report');
      return requestExtension('report', c);
    case 'decide_report_extension':
      return decideExtension('report', c);
    case 'submit_report': {
      stage(['investigating'], 'submit the investigation report');
      text(c.summary, 'summary');
      return [
        {
          type: 'report_submitted',
          at: now,
          by: officer('submitting the report'),
          submittedOn: today,
          summary: c.summary,
        },
      ];
    }
    case 'request_approval_extension':
      stage(['report_submitted'], 'request more time for the approval');
      if (s.grade !== 'ESPECIALLY_MAJOR') reject('case.invalid', 'accident.approval_extension_major');
      return requestExtension('approval', c);
    case 'decide_approval_extension':
      return decideExtension('approval', c);
    case 'approve_report': {
      stage(['report_submitted'], 'record the approval (批复)');
      const actorBy = by(role(['head'], 'recording the 批复'));
      return [
        {
          type: 'report_approved',
          at: now,
          by: actorBy,
          approvedOn: today,
          note: c.note,
          documents: [{ key: 'approval', type: 'approval' }],
        },
      ];
    }
    case 'record_publication': {
      stage(['approved'], 'record the publication');
      if (!isIsoDate(c.publishedOn) || c.publishedOn > today || c.publishedOn < s.approval!.approvedOn)
        reject('case.invalid', 'accident.report_publish_day', { approvedOn: s.approval!.approvedOn });
      return [
        {
          type: 'report_published',
          at: now,
          by: officer('recording the publication'),
          publishedOn: c.publishedOn,
        },
      ];
    }
    case 'add_rectification_item': {
      stage(['approved', 'published'], 'add a rectification item');
      text(c.measure, 'measure');
      text(c.responsibleUnit, 'responsibleUnit');
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
          by: officer('adding a rectification item'),
          item,
          documents: [{ key: `rectification:${c.itemId}`, type: 'rectification_notice' }],
        },
      ];
    }
    case 'record_evaluation': {
      stage(['approved', 'published'], 'record the evaluation');
      text(c.result, 'result');
      const referred = s.items.filter((i) => i.status === 'open').map((i) => i.itemId);
      return [
        {
          type: 'evaluation_recorded',
          at: now,
          by: by(role(['head', 'supervisor'], 'recording the evaluation')),
          evaluatedOn: today,
          result: c.result,
          referred,
          documents: [{ key: 'evaluation', type: 'evaluation' }],
        },
      ];
    }
    case 'publish_evaluation': {
      stage(['evaluated'], 'publish the evaluation');
      if (s.evaluation!.publishedOn) reject('case.wrong_stage', 'accident.evaluation_published');
      if (!isIsoDate(c.publishedOn) || c.publishedOn > today || c.publishedOn < s.evaluation!.evaluatedOn)
        reject('case.invalid', 'accident.evaluation_publish_day', { evaluatedOn: s.evaluation!.evaluatedOn });
      return [
        {
          type: 'evaluation_published',
          at: now,
          by: officer('recording the publication'),
          publishedOn: c.publishedOn,
        },
      ];
    }
    case 'close_accident': {
      stage(['evaluated'], 'close the accident');
      if (!s.evaluation!.publishedOn) reject('case.wrong_stage', 'accident.publish_evaluation_first');
      if (s.items.some((i) => i.status === 'open')) reject('case.wrong_stage', 'accident.items_open');
      return [{ type: 'accident_closed', at: now, by: approver('closing the accident'), note: c.note }];
    }
  }
}
