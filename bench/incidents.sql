-- Bench data for bench/public-page.sh: 20,000 closed incidents and 20 open ones, three updates each,
-- each affecting one to three components of the provisioned catalog.
-- Parameters: :now (unix milliseconds). Times are stored as UTC unix milliseconds, enums as their names,
-- as StatusDbContext writes them. Incidents carry ExternalReference 'bench:N' so updates and links can find them.
PRAGMA foreign_keys = ON;
BEGIN;

CREATE TEMP TABLE bench_components AS
    SELECT row_number() OVER (ORDER BY Id) - 1 AS n, Id FROM Components;

CREATE TEMP TABLE bench_incidents AS
    WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < 20019)
    SELECT i,
           i >= 20000 AS open,
           -- closed ones over the last two years, one every 52 minutes, all over before now (at most 4 hours long);
           -- open ones started in the last ten hours, their last update 20 minutes after the start
           CASE WHEN i >= 20000 THEN :now - (i - 19999) * 1800000 ELSE :now - 18000000 - (20000 - i) * 3120000 END AS start,
           CASE WHEN i >= 20000 THEN 1200000 ELSE (10 + (i * 37) % 230) * 60000 END AS duration
    FROM seq;

INSERT INTO Incidents (Title, Impact, Start, "End", Source, ExternalReference, Version)
SELECT CASE i % 4 WHEN 0 THEN 'Elevated error rates' WHEN 1 THEN 'Degraded performance'
                  WHEN 2 THEN 'Service unavailable' ELSE 'Increased latency' END || ' (bench ' || i || ')',
       CASE i % 7 WHEN 0 THEN 'Outage' WHEN 1 THEN 'Outage' WHEN 2 THEN 'Major' WHEN 3 THEN 'Major' ELSE 'Minor' END,
       start,
       CASE WHEN open THEN NULL ELSE start + duration END,
       'Operator',
       'bench:' || i,
       upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
             || substr('89AB', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
FROM bench_incidents;

CREATE TEMP TABLE bench_ids AS
    SELECT b.*, inc.Id AS id FROM bench_incidents b JOIN Incidents inc ON inc.ExternalReference = 'bench:' || b.i;

INSERT INTO IncidentUpdates (IncidentId, Timestamp, Status, Text, Author)
SELECT id, start, 'Analyzing', 'We are investigating reports of errors and will post an update within 30 minutes.', 'bench' FROM bench_ids
UNION ALL
SELECT id, start + duration / 2, 'Fixing', 'The cause was found in a failed network device; traffic is being moved to healthy paths.', 'bench' FROM bench_ids
UNION ALL
SELECT id, start + duration,
       CASE WHEN open THEN 'Observing' ELSE 'Resolved' END,
       CASE WHEN open THEN 'Traffic is flowing again; we keep watching the error rates.'
            ELSE 'The service has been operating normally since the repair. We are sorry for the trouble.' END,
       'bench'
FROM bench_ids;

INSERT OR IGNORE INTO IncidentComponents (IncidentId, ComponentId)
SELECT b.id, c.Id
FROM bench_ids b
JOIN (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) ks ON ks.k <= b.i % 3
JOIN bench_components c ON c.n = (b.i * 7919 + ks.k * 131) % (SELECT count(*) FROM bench_components);

COMMIT;
