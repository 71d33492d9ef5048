import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def drop = ItProject.migration(basedir, 'drop-price')

assert ItProject.migrations(basedir).size() == 3
assert drop.text.contains('DROP COLUMN "price"')
assert drop.text.contains('ADD COLUMN "sku"')
assert out.contains("New migration was created at src/main/resources/db/migrations/${drop.name}")
assert out.contains('Snapshot: updated products.json')
// then the compile: the call site of the removed attribute, which did not stop the goal
assert out.readLines().any {
  it.startsWith('[ERROR]') && it.contains('PriceList.java') && it.contains('cannot find symbol')
}
return true
