import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def database = context.get('database')

assert out.contains("Database ${database} dropped.")
assert !ItDatabase.exists(database)
// migration-generate without -Dname
assert out.contains('-Dname is missing: the migration\'s name. For example: mvn sequor:migration-generate'
    + ' -Dname=add-stock')
assert !out.contains('Compiling') && !out.contains('--- resources:') : out
assert ItProject.migrations(basedir).size() == 4
return true
