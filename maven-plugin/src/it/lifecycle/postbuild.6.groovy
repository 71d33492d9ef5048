import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def database = context.get('database')
def drop = ItProject.migration(basedir, 'drop-price')
def seed = ItProject.migration(basedir, 'seed-categories')

assert out.contains("Applied ${drop.name} (")
assert !out.contains("Applied ${seed.name} (")
assert out.contains("down ${seed.name}")
assert ItDatabase.columns(database, 'products') == ['id', 'name', 'created_at', 'updated_at', 'stock', 'sku']
context.get('userProperties').remove('to')
return true
