import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)

assert out.contains("Attribute 'labels:array:date': Sequor stores arrays of string, text, ")
assert out.contains(", not of date.")
assert !new File(basedir, 'src/main/java/shop/Tag.java').exists()
assert ItProject.migrations(basedir).size() == 1
return true
