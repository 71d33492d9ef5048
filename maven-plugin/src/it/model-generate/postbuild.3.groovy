import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)

assert out.contains("Attribute 'labels:array:string': Sequor has no array attributes yet.")
assert !new File(basedir, 'src/main/java/shop/Tag.java').exists()
assert ItProject.migrations(basedir).size() == 1
return true
