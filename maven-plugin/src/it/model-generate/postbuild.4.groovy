import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)

assert out.contains('Reverted 1 migration in ')
assert ItDatabase.tables(context.get('database')) == ['SequorMeta']
assert ItDatabase.enumTypes(context.get('database')) == []
return true
