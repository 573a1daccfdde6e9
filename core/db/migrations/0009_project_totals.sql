-- Opora schema 9: totals of each project's live services, kept by triggers as services change,
-- so that a project's indicators read a few thousand rows instead of every service it holds.
-- Both tables hold only services that are not archived and are attributed to a project; people
-- archived later are left out when the totals are read (they are few).

-- One row per person and case of a project: the first and last day served and how many times.
CREATE TABLE project_service_group (
    project_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    case_id INTEGER NOT NULL,
    first_on TEXT NOT NULL,
    last_on TEXT NOT NULL,
    services INTEGER NOT NULL,
    PRIMARY KEY (project_id, person_id, case_id)
) WITHOUT ROWID;

-- One row per project, day, service item and form: how many services, their quantity and
-- minutes (a service without a duration adds none).
CREATE TABLE project_service_day (
    project_id INTEGER NOT NULL,
    service_date TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    form TEXT NOT NULL,
    services INTEGER NOT NULL,
    quantity REAL NOT NULL,
    minutes INTEGER NOT NULL,
    PRIMARY KEY (project_id, service_date, item_id, form)
) WITHOUT ROWID;

INSERT INTO project_service_group
SELECT project_id, person_id, case_id, min(service_date), max(service_date), count(*)
FROM service_record WHERE project_id IS NOT NULL AND archived_at IS NULL
GROUP BY project_id, person_id, case_id;

INSERT INTO project_service_day
SELECT project_id, service_date, item_id, form, count(*), total(quantity),
       total(coalesce(duration_min, 0))
FROM service_record WHERE project_id IS NOT NULL AND archived_at IS NULL
GROUP BY project_id, service_date, item_id, form;

-- A new service adds itself to both totals.
CREATE TRIGGER project_totals_insert AFTER INSERT ON service_record
WHEN new.project_id IS NOT NULL AND new.archived_at IS NULL
BEGIN
    INSERT INTO project_service_group
    VALUES (new.project_id, new.person_id, new.case_id, new.service_date, new.service_date, 1)
    ON CONFLICT (project_id, person_id, case_id) DO UPDATE
    SET first_on = min(first_on, excluded.first_on), last_on = max(last_on, excluded.last_on),
        services = services + 1;
    INSERT INTO project_service_day
    VALUES (new.project_id, new.service_date, new.item_id, new.form, 1, new.quantity,
            coalesce(new.duration_min, 0))
    ON CONFLICT (project_id, service_date, item_id, form) DO UPDATE
    SET services = services + 1, quantity = quantity + excluded.quantity,
        minutes = minutes + excluded.minutes;
END;

-- A changed or removed service: the rows it counted in, before and after, are counted again
-- from the services (a few hundred at most), so the totals never drift. A change of the note
-- or the specialist changes no total.
CREATE TRIGGER project_totals_update AFTER UPDATE ON service_record
WHEN (old.project_id IS NOT NULL OR new.project_id IS NOT NULL)
 AND (old.project_id IS NOT new.project_id OR old.person_id IS NOT new.person_id
   OR old.case_id IS NOT new.case_id OR old.item_id IS NOT new.item_id
   OR old.service_date IS NOT new.service_date OR old.form IS NOT new.form
   OR old.quantity IS NOT new.quantity OR old.duration_min IS NOT new.duration_min
   OR old.archived_at IS NOT new.archived_at)
BEGIN
    DELETE FROM project_service_group
    WHERE (project_id = old.project_id AND person_id = old.person_id AND case_id = old.case_id)
       OR (project_id = new.project_id AND person_id = new.person_id AND case_id = new.case_id);
    INSERT OR REPLACE INTO project_service_group
    SELECT project_id, person_id, case_id, min(service_date), max(service_date), count(*)
    FROM service_record
    WHERE person_id IN (old.person_id, new.person_id) AND project_id IS NOT NULL
      AND archived_at IS NULL
      AND ((project_id = old.project_id AND person_id = old.person_id AND case_id = old.case_id)
        OR (project_id = new.project_id AND person_id = new.person_id AND case_id = new.case_id))
    GROUP BY project_id, person_id, case_id;
    DELETE FROM project_service_day
    WHERE (project_id = old.project_id AND service_date = old.service_date
           AND item_id = old.item_id AND form = old.form)
       OR (project_id = new.project_id AND service_date = new.service_date
           AND item_id = new.item_id AND form = new.form);
    INSERT OR REPLACE INTO project_service_day
    SELECT project_id, service_date, item_id, form, count(*), total(quantity),
           total(coalesce(duration_min, 0))
    FROM service_record
    WHERE project_id IN (old.project_id, new.project_id)
      AND service_date IN (old.service_date, new.service_date) AND archived_at IS NULL
      AND ((project_id = old.project_id AND service_date = old.service_date
            AND item_id = old.item_id AND form = old.form)
        OR (project_id = new.project_id AND service_date = new.service_date
            AND item_id = new.item_id AND form = new.form))
    GROUP BY project_id, service_date, item_id, form;
END;

CREATE TRIGGER project_totals_delete AFTER DELETE ON service_record
WHEN old.project_id IS NOT NULL
BEGIN
    DELETE FROM project_service_group
    WHERE project_id = old.project_id AND person_id = old.person_id AND case_id = old.case_id;
    INSERT INTO project_service_group
    SELECT project_id, person_id, case_id, min(service_date), max(service_date), count(*)
    FROM service_record
    WHERE person_id = old.person_id AND project_id = old.project_id AND case_id = old.case_id
      AND archived_at IS NULL
    GROUP BY project_id, person_id, case_id;
    DELETE FROM project_service_day
    WHERE project_id = old.project_id AND service_date = old.service_date
      AND item_id = old.item_id AND form = old.form;
    INSERT INTO project_service_day
    SELECT project_id, service_date, item_id, form, count(*), total(quantity),
           total(coalesce(duration_min, 0))
    FROM service_record
    WHERE project_id = old.project_id AND service_date = old.service_date
      AND item_id = old.item_id AND form = old.form AND archived_at IS NULL
    GROUP BY project_id, service_date, item_id, form;
END;
