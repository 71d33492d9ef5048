import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def database = context.get('database')

assert out.contains('Environment development, database ')
assert out.contains('Seeded 1 seeder in ')
assert ItDatabase.strings(database, 'SELECT count(*) FROM products') == ['8']
assert ItDatabase.strings(database, 'SELECT name FROM "SequorData" ORDER BY name').take(2) ==
    ['20261125120000-catalogue', '20261125130000-demo-products']
return true
