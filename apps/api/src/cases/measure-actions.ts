import { serviceInput } from '../service/service.dto';
import { ENFORCEMENT_PROCEDURE } from '@safecase/domain';
import { actionsController, definedActions } from '../procedures/action-table';
import {
  CaseServiceDto,
  DecisionDto,
  EmergencyMeasureDto,
  MeasureProcedureDto,
  NoteDto,
  ProposeMeasureDto,
  ReasonDto,
  SeizureExtensionDto,
  TestingDto,
} from './cases.dto';

const step = definedActions<'enforcement_case'>(ENFORCEMENT_PROCEDURE);
/**
 * Compulsory measures on a case (行政强制法 第18–28条, 安全生产法 第70条). Paths, roles and audit names
 * from ENFORCEMENT_PROCEDURE (libs/domain); a measure's id is the route's `:measureId`.
 */
export const MEASURE_ACTIONS = {
  propose: step('propose_measure', {
    summary: 'Propose a compulsory measure for approval (cut-offs: principal head)',
    body: ProposeMeasureDto,
    build: (dto) => ({
      type: 'propose_measure',
      ...dto,
      residentialSupply: dto.residentialSupply ?? false,
      urgencyReason: dto.urgencyReason ?? null,
    }),
  }),
  emergency: step('take_emergency_measure', {
    summary: 'Record an emergency measure taken on the spot (head reviews within 24 h)',
    body: EmergencyMeasureDto,
    build: (dto) => ({ type: 'take_emergency_measure', ...dto, takenAt: Date.parse(dto.takenAt) }),
  }),
  decide: step('decide_measure', {
    summary: 'Approve or refuse a proposed measure, or confirm or lift an emergency one',
    body: DecisionDto,
    build: (dto, { params }) => ({ type: 'decide_measure', measureId: params.measureId!, ...dto }),
  }),
  refusal: step('record_unit_refusal', {
    summary: 'Record that the unit refuses to obey a suspension',
    body: NoteDto,
    build: (dto, { params }) => ({ type: 'record_unit_refusal', measureId: params.measureId!, ...dto }),
  }),
  testing: step('seizure_testing', {
    summary: 'Start or end testing of seized items (the seizure term stands still meanwhile)',
    body: TestingDto,
    build: (dto, { params }) => ({ type: 'seizure_testing', measureId: params.measureId!, ...dto }),
  }),
  extend: step('extend_seizure', {
    summary: 'Extend a seizure once, by at most 30 days',
    body: SeizureExtensionDto,
    build: (dto, { params }) => ({ type: 'extend_seizure', measureId: params.measureId!, ...dto }),
  }),
  onSiteRecord: step('record_measure_procedure', {
    summary:
      'Record the on-site record, the notice of reasons, basis and rights, and the party’s statement (行政强制法 第18条)',
    body: MeasureProcedureDto,
    build: (dto, { params }) => ({
      type: 'record_measure_procedure',
      measureId: params.measureId!,
      onSiteRecordAt: Date.parse(dto.onSiteRecordAt),
      partySigned: dto.partySigned,
      refusalNote: dto.refusalNote ?? null,
      informed: dto.informed,
      statement: dto.statement ?? null,
      statementWaived: dto.statementWaived,
    }),
  }),
  service: step('record_service', {
    summary:
      'Record the service of one of the case’s documents (送达回证); a cut-off’s 24 hours start from it',
    body: CaseServiceDto,
    build: (dto) => ({
      type: 'record_service',
      documentKey: dto.documentKey,
      service: serviceInput(dto.service),
    }),
  }),
  lift: step('lift_measure', {
    summary: 'Lift a measure once the unit complies',
    body: ReasonDto,
    build: (dto, { params }) => ({ type: 'lift_measure', measureId: params.measureId!, ...dto }),
  }),
};

// Named as its hand-written predecessor was (its routes' operationIds begin with the name); a
// measure's id is declared on the route, after the case's, as a method's parameter was.
export const MeasureActionsController = actionsController('cases', 'enforcement_case', MEASURE_ACTIONS, {
  name: 'MeasureActionsController',
  declaredParams: ['measureId'],
});
