-- The SLA benchmark's history, inserted straight into a migrated database (bench/sla.sh): :circuits circuits of the
-- provider and promise the catalog provisioned, :outages unscheduled outages of 1 to 60 minutes and :maintenances
-- confirmed 4-hour maintenance windows, spread over the year from :from (Unix ms), on random circuits.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :circuits)
INSERT INTO NetworkElements (Kind, ProviderId, SlaPromiseId, VendorId)
SELECT 'Circuit', (SELECT Id FROM Providers WHERE Name = 'benchprovider'), (SELECT Id FROM SlaPromises WHERE Name = 'Bench 99.99'), printf('C%05d', i) FROM n;

CREATE TEMP TABLE generated AS
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :outages)
SELECT i,
       (SELECT min(Id) FROM NetworkElements WHERE VendorId LIKE 'C%') + abs(random()) % :circuits AS element,
       :from + abs(random()) % (365 * 86400000) AS start,
       60000 + abs(random()) % 3540000 AS length
FROM n;
INSERT INTO DetectedOutages (Id, ElementId, Start, "End", Transitions, Port, DownEvidence, UpEvidence, Source, UpdatedAt)
SELECT i, element, start, start + length, 2, 'xe-0/0/1', 'bench', 'bench', 'bench', start + length FROM generated;
INSERT INTO UnscheduledOutages (DetectedOutageId, ElementId, Start, "End", OverrunReported, EndReported)
SELECT i, element, start, start + length, 0, 0 FROM generated;

INSERT INTO InboundNotifications (Id, Source, ContentHash, ReceivedAt, Raw, Outcome) VALUES (1, 'Upload', 'bench', :from, x'', 'Parsed');
CREATE TEMP TABLE windows AS
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :maintenances)
SELECT i, :from + abs(random()) % (365 * 86400000) AS s FROM n;
INSERT INTO ScheduledMaintenances (Id, ProviderName, MaintenanceId, ProviderId, Account, Status, Start, "End", Stamp, Sequence, Summary, Organizer, Uid,
                                   Parser, Confidence, NotificationId, UpdatedAt)
SELECT i, 'benchprovider', printf('M%05d', i), (SELECT Id FROM Providers WHERE Name = 'benchprovider'), '', 'Confirmed', s, s + 14400000, :from, 0,
       'bench', '', printf('bench-%d', i), 'bench', 1.0, 1, :from
FROM windows;
INSERT INTO ScheduledMaintenanceCircuits (ScheduledMaintenanceId, CircuitId, Impact, ElementId)
SELECT m.maintenance, e.VendorId, 'Outage', e.Id
FROM (SELECT Id AS maintenance, (SELECT min(Id) FROM NetworkElements WHERE VendorId LIKE 'C%') + abs(random()) % :circuits AS element FROM ScheduledMaintenances) m
JOIN NetworkElements e ON e.Id = m.element;
COMMIT;
