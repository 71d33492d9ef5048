import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def seed = ItProject.migration(basedir, 'seed-categories').name

assert out.contains("Accepted the changed file ${seed}")
assert out.contains('No migrations were executed, database schema was already up to date.')
assert out.contains("Reverted ${seed} (")
assert out.contains('Reverted 1 migration in ')
assert ItDatabase.strings(context.get('database'), 'SELECT name FROM categories') == []
context.get('userProperties').remove('acceptChecksum')
return true
