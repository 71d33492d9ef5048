import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def database = context.get('database')
def create = ItProject.migration(basedir, 'create-products')
def sql = create.text

assert out.contains("Database ${database} created.")
assert out.contains("New migration was created at src/main/resources/db/migrations/${create.name}")
assert sql.contains('-- sequor:up') && sql.contains('-- sequor:down')
assert sql.contains('CREATE TABLE "products"')
assert ItProject.snapshot(basedir) == ['products.json']
assert out.contains("Applied ${create.name} (")
assert out.contains('Migrated 1 migration in ')
assert out.contains('No migrations were executed, database schema was already up to date.')
assert out.contains("up ${create.name}")
assert ItDatabase.tables(database) == ['SequorMeta', 'products']
assert ItDatabase.columns(database, 'products') == ['id', 'name', 'price', 'created_at', 'updated_at']
// the goal runs the processor without compiling, and reports the change only as the migration it writes
assert !out.contains('Compiling') && !out.contains('[SchemaPending]') : out
return true
