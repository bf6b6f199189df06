import { chinaInstant, type ClockRule, type IsoDate, type Rulebook } from '@safecase/domain';
import type { DataSource, EntityManager } from 'typeorm';

export class RulebookNotFoundError extends Error {
  constructor(readonly on: IsoDate) {
    super(`no rulebook version is in force on ${on}`);
    this.name = 'RulebookNotFoundError';
  }
}

export interface RulebookVersionInfo {
  version: string;
  effectiveFrom: IsoDate;
  publishedBy: string;
  publishedAt: string;
}

interface Row {
  version: string;
  effective_from: string;
  rules: Record<string, ClockRule>;
  published_by: string;
  published_at: Date;
}

const SELECT = `SELECT version, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, rules, published_by, published_at
                FROM rulebook_version`;
const toRulebook = (r: Row): Rulebook => ({
  version: r.version,
  effectiveFrom: r.effective_from,
  rules: r.rules,
});

/** The stored rulebook versions (immutable rows; see the migration's trigger). */
export class RulebookStore {
  constructor(private readonly db: DataSource) {}

  /** The version with the latest effective day on or before `on`. */
  async inForceOn(on: IsoDate): Promise<Rulebook> {
    const [row] = await this.db.query<Row[]>(
      `${SELECT} WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1`,
      [on],
    );
    if (!row) throw new RulebookNotFoundError(on);
    return toRulebook(row);
  }

  async byVersion(version: string): Promise<Rulebook | undefined> {
    const [row] = await this.db.query<Row[]>(`${SELECT} WHERE version = $1`, [version]);
    return row && toRulebook(row);
  }

  async list(): Promise<RulebookVersionInfo[]> {
    const rows = await this.db.query<Row[]>(`${SELECT} ORDER BY effective_from`);
    return rows.map((r) => ({
      version: r.version,
      effectiveFrom: r.effective_from,
      publishedBy: r.published_by,
      publishedAt: chinaInstant(r.published_at.getTime()),
    }));
  }

  /** Stores a new version; false when that version or effective day is already taken. */
  async publish(rulebook: Rulebook, publishedBy: string, manager?: EntityManager): Promise<boolean> {
    const rows = await (manager ?? this.db).query<unknown[]>(
      `INSERT INTO rulebook_version (version, effective_from, rules, published_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING version`,
      [rulebook.version, rulebook.effectiveFrom, JSON.stringify(rulebook.rules), publishedBy],
    );
    return rows.length === 1;
  }
}

/** The shipped versions, stored once (idempotent), so cases can pin them. */
export async function seedRulebook(db: DataSource, shipped: Rulebook[]): Promise<string[]> {
  const store = new RulebookStore(db);
  const added: string[] = [];
  for (const r of shipped) if (await store.publish(r, 'seed')) added.push(r.version);
  return added;
}
