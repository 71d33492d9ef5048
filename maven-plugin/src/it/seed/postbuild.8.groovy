import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)

assert out.contains('BUILD FAILURE')
assert out.readLines().any { it.contains('[ERROR]') && it.contains('20261125140000-no-such-seeder') }
assert ItDatabase.strings(context.get('database'), 'SELECT count(*) FROM products') == ['8']
return true
