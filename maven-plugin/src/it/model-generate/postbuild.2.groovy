import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)

assert out.contains('Product.java exists already; Sequor never overwrites a model.')
assert ItProject.migrations(basedir).size() == 1
return true
