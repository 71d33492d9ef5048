import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def database = context.get('database')

assert out.contains('Environment production, database ')
assert out.contains('Seeded 2 seeders in ')
assert out.contains('Seeded 20261125120000-catalogue (')
// the runtime's line for the skipped seeder, then the goal's count
assert out.contains('Skipped 20261125130000-demo-products')
assert out.contains('Skipped 1 seeder limited to other environments than production.')
assert ItDatabase.strings(database, 'SELECT name FROM products ORDER BY id') == ['Pen', 'Paper, A4', 'Stapler']
assert !ItDatabase.strings(database, 'SELECT name FROM "SequorData"').contains('20261125130000-demo-products')
return true
