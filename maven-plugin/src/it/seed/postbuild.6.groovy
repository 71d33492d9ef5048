import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def database = context.get('database')

// untracked: the history is not read, so the catalogue runs again, and not written
assert out.contains('Seeded 2 seeders in ')
assert ItDatabase.strings(database, 'SELECT count(*) FROM products') == ['6']
assert ItDatabase.strings(database, 'SELECT count(*) FROM "SequorData"') == ['2']
return true
