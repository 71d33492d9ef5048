import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def database = context.get('database')

assert out.contains('Reverted 1 seeder in ')
assert ItDatabase.strings(database, 'SELECT name FROM products ORDER BY id') == ['Pen', 'Paper, A4', 'Stapler']
assert !ItDatabase.strings(database, 'SELECT name FROM "SequorData"').contains('20261125130000-demo-products')
return true
