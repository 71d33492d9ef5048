import dev.sequor.maven.it.ItProject

def migration = ItProject.migration(basedir, 'create-tables')
['"products"', '"categories"', '"tags"'].each { assert migration.text.contains("CREATE TABLE ${it}") }
assert migration.text.contains('"weight" INTEGER')
// the same statements as the one-file compile's pending migration, which a clean build also writes
def statements = { String sql -> sql.readLines().findAll { !it.startsWith('--') && !it.isBlank() } }
def pending = statements(new File(basedir, 'target/partial-pending.sql').text)
assert statements(migration.text).containsAll(pending)
return true
