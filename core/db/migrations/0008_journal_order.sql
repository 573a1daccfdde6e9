-- Opora schema 8: the journal sorted by service or by specialist reads the month in the order
-- of these indexes, one service or specialist at a time, and stops at the end of the page
-- instead of sorting every service of the month first (the person sort uses
-- person_surname_key).

CREATE INDEX service_item_order ON service_item(sort_order, id);
CREATE INDEX staff_surname ON staff(surname, id);
