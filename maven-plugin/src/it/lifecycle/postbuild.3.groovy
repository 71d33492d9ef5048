import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)

assert out.contains('Sequor did not write the migration: 2 changes need a decision first.')
assert out.contains('DROP_COLUMN products.price')
assert out.contains('NOT_NULL_WITHOUT_DEFAULT products.sku')
assert out.contains('@RenamedFrom')
assert out.contains('-DallowDrop=products.price')
assert out.contains('@DefaultValue')
assert ItProject.migrations(basedir).size() == 2
return true
