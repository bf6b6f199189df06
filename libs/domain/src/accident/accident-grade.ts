/**
 * Accident grades (生产安全事故报告和调查处理条例 第3条): any one criterion suffices; 以上 includes the
 * number, 以下 excludes it. Direct loss in whole yuan.
 */
export const ACCIDENT_GRADES = ['GENERAL', 'LARGER', 'MAJOR', 'ESPECIALLY_MAJOR'] as const;
export type AccidentGrade = (typeof ACCIDENT_GRADES)[number];

export interface Casualties {
  deaths: number;
  seriousInjuries: number;
  directLossYuan: number;
  /** 下落不明: counted with the deaths for grading when the rulebook says so (an older record has none). */
  missing?: number;
}

const THRESHOLDS: { grade: AccidentGrade; deaths: number; injuries: number; lossYuan: number }[] = [
  { grade: 'ESPECIALLY_MAJOR', deaths: 30, injuries: 100, lossYuan: 100_000_000 },
  { grade: 'MAJOR', deaths: 10, injuries: 50, lossYuan: 50_000_000 },
  { grade: 'LARGER', deaths: 3, injuries: 10, lossYuan: 10_000_000 },
];

/**
 * The grade; `missingAsDeathsPercent` of the missing persons count as deaths (the rulebook's
 * `accident.missing_as_deaths`: 100 counts each of them, 0 none).
 */
export function gradeAccident(c: Casualties, missingAsDeathsPercent = 0): AccidentGrade {
  const deaths = c.deaths + Math.floor(((c.missing ?? 0) * missingAsDeathsPercent) / 100);
  const hit = THRESHOLDS.find(
    (t) => deaths >= t.deaths || c.seriousInjuries >= t.injuries || c.directLossYuan >= t.lossYuan,
  );
  return hit?.grade ?? 'GENERAL';
}

export type InvestigatingLevel = 'state_council' | 'province' | 'city' | 'county';

/** Who investigates (第19条): the State Council, the province, the city, the county. */
export function investigatingLevel(grade: AccidentGrade): InvestigatingLevel {
  return (
    { ESPECIALLY_MAJOR: 'state_council', MAJOR: 'province', LARGER: 'city', GENERAL: 'county' } as const
  )[grade];
}

const RANK: Record<InvestigatingLevel, number> = { county: 0, city: 1, province: 2, state_council: 3 };

/** The level of an agency from its region code: 360000 province, 360100 city, 360111 county. */
export function agencyLevel(regionCode: string): InvestigatingLevel {
  if (regionCode.endsWith('0000')) return 'province';
  if (regionCode.endsWith('00')) return 'city';
  return 'county';
}

/** Whether an accident of this grade is investigated above the given agency. */
export function investigatedAbove(grade: AccidentGrade, regionCode: string): boolean {
  return RANK[investigatingLevel(grade)] > RANK[agencyLevel(regionCode)];
}
