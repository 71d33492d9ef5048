import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def database = context.get('database')
def add = ItProject.migration(basedir, 'add-stock-and-categories')

assert ItProject.migrations(basedir).size() == 2
assert add.text.contains('CREATE TABLE "categories"')
assert add.text.contains('"stock"')
assert ItProject.snapshot(basedir) == ['categories.json', 'products.json']
assert out.contains("down ${add.name}")
assert out.contains('1 up, 1 down.')
assert out.contains("Applied ${add.name} (")
assert ItDatabase.tables(database) == ['SequorMeta', 'categories', 'products']
assert ItDatabase.columns(database, 'products').contains('stock')
return true
