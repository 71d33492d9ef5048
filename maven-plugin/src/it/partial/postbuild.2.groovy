import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
assert out.contains('Compiling 1 source file')
// the one-file compile's pending migration still holds every model, and the foreign key to a table it creates
def pending = new File(basedir, 'target/classes/META-INF/sequor/pending/migration.sql').text
['"products"', '"categories"', '"tags"'].each { assert pending.contains("CREATE TABLE ${it}") }
assert pending.contains('"weight" INTEGER')
assert pending.contains('REFERENCES "products"')
new File(basedir, 'target/partial-pending.sql').text = pending
return true
