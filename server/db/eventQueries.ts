// The hot paths: idempotent batch ingest, which keeps the indicator days in the same transaction,
// and the indicators, read from those days (days × keys rows, never the events themselves).
import { type SQL, sql } from 'drizzle-orm';
import type { GroupBy, IndicatorEvent } from '../../src/protocol/protocol';

/** The local day of an event's instant in `timeZone`. */
const localDay = (column: SQL, timeZone: string) => sql`(${column} at time zone ${timeZone})::date`;

/** The dimension and key of a row of `group by grouping sets` over category, template, device. */
const DIMENSION = sql`case when grouping(category) = 0 then 'category'
  when grouping(template_id) = 0 then 'template' else 'device' end`;
const KEY = sql`case when grouping(category) = 0 then coalesce(category, '')
  when grouping(template_id) = 0 then coalesce(template_id, '') else device_id::text end`;
const SUMS = sql`coalesce(sum(minutes), 0), count(*)::int, count(stars)::int,
  coalesce(sum(stars), 0)::int`;

/**
 * Adds (sign 1) or takes away (sign -1) the rows of `source` — a CTE with columns workspace_id,
 * day, device_id, minutes, stars, category, template_id — to the indicator days, one row per
 * workspace, dimension, day and key (one GROUPING SETS pass). An upsert: a day's first event
 * creates its rows.
 */
function upsertDays(source: SQL, sign: 1 | -1): SQL {
  const s = sql.raw(String(sign));
  return sql`
    insert into indicator_days (workspace_id, dimension, day, key, minutes, events, ratings, stars)
    select workspace_id, ${DIMENSION}, day, ${KEY},
      ${s} * coalesce(sum(minutes), 0), ${s} * count(*)::int,
      ${s} * count(stars)::int, ${s} * coalesce(sum(stars), 0)::int
    from ${source}
    group by grouping sets (
      (workspace_id, day, category), (workspace_id, day, template_id), (workspace_id, day, device_id)
    )
    on conflict (workspace_id, dimension, day, key) do update set
      minutes = indicator_days.minutes + excluded.minutes,
      events = indicator_days.events + excluded.events,
      ratings = indicator_days.ratings + excluded.ratings,
      stars = indicator_days.stars + excluded.stars`;
}

/** One push to store: its workspace and device (from its token) and its events. */
export interface IngestBatch {
  workspaceId: string;
  deviceId: string;
  events: readonly IndicatorEvent[];
}

/** The one row the ingest statement gives back, for every batch of its group at once. */
export interface IngestRow {
  /** The batch index of each event stored (not a duplicate), one entry per event. */
  accepted: number[];
  /** The workspaces written to, and the number of events each now stores (same order). */
  workspaces: string[];
  stored: string[];
  /** Events of the group that retractions stored earlier name: workspace and event ids. */
  retracted_workspaces: string[];
  retracted: string[];
}

/**
 * One statement for a group of batches (pushes), possibly of several devices and workspaces:
 * each column travels as one array parameter and `unnest` turns them back into rows (2.5–3×
 * faster than a multi-row VALUES). `ON CONFLICT DO NOTHING` on (workspace, id) makes a re-sent
 * event a duplicate, never a second row; an id sent twice in the group is stored from its first
 * batch, and counts as accepted there only. The new events (not the duplicates) are added to the
 * indicator days and to their workspace's count.
 */
export function insertBatchesSql(batches: readonly IngestBatch[], timeZone: string): SQL {
  const n = batches.reduce((sum, batch) => sum + batch.events.length, 0);
  const columns = {
    batch: new Array<number>(n),
    workspace: new Array<string>(n),
    device: new Array<string>(n),
    id: new Array<string>(n),
    type: new Array<string>(n),
    occurred: new Array<string>(n),
    minutes: new Array<number | null>(n),
    stars: new Array<number | null>(n),
    category: new Array<string | null>(n),
    template: new Array<string | null>(n),
    retracts: new Array<string | null>(n),
  };
  let i = 0;
  batches.forEach((batch, b) => {
    for (const event of batch.events) {
      columns.batch[i] = b;
      columns.workspace[i] = batch.workspaceId;
      columns.device[i] = batch.deviceId;
      columns.id[i] = event.id;
      columns.type[i] = event.type;
      columns.occurred[i] = event.occurredAt;
      columns.minutes[i] = 'minutes' in event ? event.minutes : null;
      columns.stars[i] = 'stars' in event ? event.stars : null;
      columns.category[i] = 'category' in event ? event.category : null;
      columns.template[i] = 'templateId' in event ? (event.templateId ?? null) : null;
      columns.retracts[i] = 'retracts' in event ? event.retracts : null;
      i++;
    }
  });
  const c = columns;
  return sql`
    with input as (
      select * from unnest(
        ${sql.param(c.batch)}::int[], ${sql.param(c.workspace)}::uuid[],
        ${sql.param(c.device)}::uuid[], ${sql.param(c.id)}::uuid[], ${sql.param(c.type)}::text[],
        ${sql.param(c.occurred)}::timestamptz[], ${sql.param(c.minutes)}::int[],
        ${sql.param(c.stars)}::smallint[], ${sql.param(c.category)}::text[],
        ${sql.param(c.template)}::text[], ${sql.param(c.retracts)}::uuid[]
      ) with ordinality as e(batch, workspace_id, device_id, id, type, occurred_at, minutes,
        stars, category, template_id, retracts, position)
    ),
    inserted as (
      insert into events
        (id, workspace_id, device_id, type, occurred_at, minutes, stars, category, template_id, retracts)
      select e.id, e.workspace_id, e.device_id, e.type, e.occurred_at, e.minutes, e.stars,
        e.category, e.template_id, e.retracts
      from input e order by e.position
      on conflict (workspace_id, id) do nothing
      returning workspace_id, id, device_id, type, occurred_at, minutes, stars, category,
        template_id
    ),
    counted as (
      select workspace_id, ${localDay(sql`occurred_at`, timeZone)} as day, device_id, minutes,
        stars, category, template_id
      from inserted where type <> 'retraction'
    ),
    added as (${upsertDays(sql`counted`, 1)}),
    workspace as (
      update workspaces w set event_count = w.event_count + n.count
      from (select workspace_id, count(*) from inserted group by workspace_id) n
      where w.id = n.workspace_id
      returning w.id, w.event_count
    ),
    firsts as (
      select distinct on (workspace_id, id) workspace_id, id, batch from input
      order by workspace_id, id, position
    ),
    earlier as (
      select r.workspace_id, r.retracts from events r
      join input i on r.workspace_id = i.workspace_id and r.retracts = i.id
      where r.retracts is not null
    )
    select
      array(select f.batch from inserted i join firsts f using (workspace_id, id)) as accepted,
      array(select id::text from workspace order by id) as workspaces,
      array(select event_count::text from workspace order by id) as stored,
      array(select workspace_id::text from earlier order by workspace_id, retracts)
        as retracted_workspaces,
      array(select retracts::text from earlier order by workspace_id, retracts) as retracted`;
}

/**
 * After an ingest that involves retractions: marks retracted, and takes away from the indicator
 * days, each counted event of `targets` (ids the batch's retractions name, and batch events
 * named by earlier retractions) that a retraction now names with the right to: its device is
 * the event's author or an owner of the workspace. A retraction naming an event of another
 * workspace finds nothing, since both must share the workspace. Primary-key probes only.
 */
export function applyRetractionsSql(
  workspaceId: string,
  targets: readonly string[],
  timeZone: string,
): SQL {
  return sql`
    with marked as (
      update events t set retracted = true
      where t.workspace_id = ${workspaceId}::uuid and t.id = any(${sql.param(targets)}::uuid[])
        and not t.retracted and t.type <> 'retraction'
        and exists (
          select 1 from events r join devices rd on rd.id = r.device_id
          where r.workspace_id = ${workspaceId}::uuid and r.retracts = t.id
            and (r.device_id = t.device_id or rd.role = 'owner')
        )
      returning t.workspace_id, ${localDay(sql`t.occurred_at`, timeZone)} as day, t.device_id,
        t.minutes, t.stars, t.category, t.template_id
    ),
    removed as (${upsertDays(sql`marked`, -1)})
    select count(*)::int as retracted from marked`;
}

/** Rebuilds every indicator day from the events, cut in `timeZone` (when the zone changed). */
export function rebuildDaysSql(timeZone: string): SQL {
  return sql`
    insert into indicator_days (workspace_id, dimension, day, key, minutes, events, ratings, stars)
    select workspace_id, ${DIMENSION}, day, ${KEY}, ${SUMS}
    from (
      select workspace_id, ${localDay(sql`occurred_at`, timeZone)} as day, device_id, minutes,
        stars, category, template_id
      from events where type <> 'retraction' and not retracted
    ) e
    group by grouping sets (
      (workspace_id, day, category), (workspace_id, day, template_id), (workspace_id, day, device_id)
    )`;
}

/**
 * Which kept dimension a grouping reads, its raw key (a day, a key, a device id) and
 * the group's label (the Monday as YYYY-MM-DD; "<name> (<id>)" for a device, whose name is joined
 * only once the days are summed, so per device rather than per day).
 */
function grouping(
  groupBy: GroupBy,
  workspaceId: string,
): { dimension: string; raw: SQL; label: SQL; join: SQL } {
  const none = sql``;
  switch (groupBy) {
    case 'week':
      // Every counted event is in each dimension once, so any dimension gives a day's totals:
      // categories have the fewest keys a day (at most 7, against one per device).
      return {
        dimension: 'category',
        raw: sql`i.day`, // summed per day first: the Monday is worked out once per day
        label: sql`to_char(g.raw - (extract(isodow from g.raw)::int - 1), 'YYYY-MM-DD')`,
        join: none,
      };
    case 'category':
    case 'template':
      return { dimension: groupBy, raw: sql`nullif(i.key, '')`, label: sql`g.raw`, join: none };
    case 'device':
      return {
        dimension: 'device',
        raw: sql`i.key`,
        label: sql`d.name || ' (' || d.id::text || ')'`,
        join: sql`join devices d on d.workspace_id = ${workspaceId}::uuid and d.id::text = g.raw`,
      };
  }
}

/**
 * Groups plus a totals row (GROUPING SETS: `total` is 1 on it) over the local days [from, to].
 * Reads only the indicator days of one dimension, summed per raw key first: its cost is
 * days × keys, whatever the number of events. Groups whose events were all retracted are left
 * out.
 */
export function indicatorsSql(
  workspaceId: string,
  query: { from: string; to: string; groupBy: GroupBy },
): SQL {
  const { dimension, raw, label, join } = grouping(query.groupBy, workspaceId);
  return sql`
    select k as key, grouping(k) as total,
      coalesce(sum(minutes), 0)::float8 as minutes, coalesce(sum(events), 0)::int as events,
      coalesce(sum(ratings), 0)::int as ratings,
      round(sum(stars)::numeric / nullif(sum(ratings), 0), 2)::float8 as rating_avg
    from (
      select ${label} as k, g.minutes, g.events, g.ratings, g.stars
      from (
        select ${raw} as raw, sum(i.minutes) as minutes, sum(i.events) as events,
          sum(i.ratings) as ratings, sum(i.stars) as stars
        from indicator_days i
        where i.workspace_id = ${workspaceId}::uuid and i.dimension = ${dimension}
          and i.day between ${query.from}::date and ${query.to}::date
        group by 1
      ) g ${join}
    ) s
    group by grouping sets ((k), ())
    having grouping(k) = 1 or sum(events) > 0
    order by grouping(k), k`;
}
