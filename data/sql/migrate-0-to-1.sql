-- From the prototype layout (version 0: projects, departments, people, no uuids)
-- to version 1. schema-1.sql has run just before, in the same transaction.
INSERT INTO project (id, uuid, name, description)
  SELECT id, pas_uuid (), name, coalesce (description, '') FROM projects;
INSERT INTO department (id, uuid, name)
  SELECT id, pas_uuid (), name FROM departments;
INSERT INTO person (id, uuid, name, email, department_id, is_referent)
  SELECT id, pas_uuid (), name, nullif (trim (email), ''), department_id, coalesce (referent, 0) != 0
  FROM people;
DROP TABLE people;
DROP TABLE departments;
DROP TABLE projects;
