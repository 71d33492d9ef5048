import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def database = context.get('database')

assert out.contains("Database ${database} dropped.")
assert !ItDatabase.exists(database)
return true
