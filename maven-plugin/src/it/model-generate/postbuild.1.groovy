import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def database = context.get('database')
def model = new File(basedir, 'src/main/java/shop/Product.java')
def create = ItProject.migration(basedir, 'create-product')

assert out.contains('New model was created at src/main/java/shop/Product.java.')
assert out.contains("New migration was created at src/main/resources/db/migrations/${create.name}.")
assert model.text.contains('@Model(modelName = "product", underscored = true)')
assert model.text.contains('public enum Status {')
assert model.text.contains('LocalDate releasedOn,')
assert model.text.contains('@Column(text = true) String bio,')
assert model.text.contains('Json details,')
assert model.text.contains('List<String> tags,')
assert create.text.contains('CREATE TABLE "products"')
assert ItProject.migrations(basedir).size() == 1
assert ItProject.snapshot(basedir) == ['products.json']
// the processor ran over the new source without compiling it, and its warning of a pending change, which the
// goal has just turned into the migration, is not shown
assert !out.contains('Compiling') && !out.contains('[SchemaPending]') : out
assert out.contains("Applied ${create.name} (")
assert ItDatabase.tables(database) == ['SequorMeta', 'products']
assert ItDatabase.columns(database, 'products') ==
    ['id', 'name', 'price', 'status', 'released_on', 'bio', 'details', 'tags', 'created_at', 'updated_at']
assert ItDatabase.strings(database, "SELECT column_name || ' ' || udt_name FROM information_schema.columns"
    + " WHERE table_name = 'products' AND column_name IN ('bio', 'details', 'tags') ORDER BY ordinal_position") ==
    ['bio text', 'details jsonb', 'tags _varchar']
assert ItDatabase.enumTypes(database) == ['enum_products_status']
return true
