import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def database = context.get('database')

assert out.contains('Migrated 1 migration in ')
// the first seed-all: the CSV catalogue, the demo products and the empty skeleton
assert out.contains('Seeded 3 seeders in ')
// the second: nothing
assert out.contains('No seeders were executed.')
assert ItDatabase.strings(database, 'SELECT name FROM products ORDER BY id') ==
    ['Pen', 'Paper, A4', 'Stapler', 'Demo lamp', 'Demo desk']
assert ItDatabase.strings(database, 'SELECT price FROM products ORDER BY id') ==
    ['1.50', '4.99', '12.00', '19.90', '149.00']
def history = ItDatabase.strings(database, 'SELECT name FROM "SequorData" ORDER BY name')
assert history.size() == 3
assert history.take(2) == ['20261125120000-catalogue', '20261125130000-demo-products']
assert history[2] ==~ /\d{14}-more-products/
return true
