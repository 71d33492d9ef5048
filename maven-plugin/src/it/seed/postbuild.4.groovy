import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def database = context.get('database')

// the catalogue and the skeleton
assert out.contains('Reverted 2 seeders in ')
assert ItDatabase.strings(database, 'SELECT count(*) FROM products') == ['0']
assert ItDatabase.strings(database, 'SELECT count(*) FROM "SequorData"') == ['0']
return true
