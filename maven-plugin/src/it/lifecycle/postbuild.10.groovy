import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def migrations = ItProject.migrations(basedir)

assert out.contains('Reverted 3 migrations in ')
migrations.take(3).each { assert out.contains("Reverted ${it} (") }
migrations.each { assert out.contains("down ${it}") }
assert out.contains('0 up, 4 down.')
// undo-all leaves no table but the history
assert ItDatabase.tables(context.get('database')) == ['SequorMeta']
assert ItDatabase.enumTypes(context.get('database')) == []
return true
