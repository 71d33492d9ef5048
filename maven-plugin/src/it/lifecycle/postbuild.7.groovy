import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def seed = ItProject.migration(basedir, 'seed-categories')

assert out.contains("Applied ${seed.name} (")
assert ItDatabase.strings(context.get('database'), 'SELECT name FROM categories') == ['Pens']
return true
