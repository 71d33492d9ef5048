import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def seed = ItProject.migration(basedir, 'seed-categories')

assert ItProject.migrations(basedir).size() == 4
assert out.contains('No model changed: wrote an empty migration to fill in by hand at'
    + " src/main/resources/db/migrations/${seed.name}")
// fill it in as a user would: a hand-written data migration
def insert = 'INSERT INTO "categories" ("name", "created_at", "updated_at") VALUES (\'Pens\', now(), now());'
def delete = 'DELETE FROM "categories" WHERE "name" = \'Pens\';'
seed.text = seed.text
    .replace('-- sequor:up\n', "-- sequor:up\n${insert}\n")
    .replace('-- sequor:down\n', "-- sequor:down\n${delete}\n")
return true
