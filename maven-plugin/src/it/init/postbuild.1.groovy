import dev.sequor.config.SequorConfig
import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def file = new File(basedir, 'sequor.properties')

assert out.contains('Created sequor.properties')
assert out.contains('Next: set the URLs in sequor.properties, then mvn sequor:db-create')
['migrations', 'snapshot'].each {
  assert new File(basedir, "src/main/resources/db/${it}").isDirectory()
  assert out.contains("Created src/main/resources/db/${it}")
}
assert !new File(basedir, 'src/main/resources/db/seeders').exists()
assert file.text.contains('development.url=postgres://postgres@127.0.0.1:5432/shop_app_development')
assert file.text.contains('test.url=postgres://postgres@127.0.0.1:5432/shop_app_test')
assert file.text.contains('production.url=${DATABASE_URL}')
// the runtime reads what init wrote
def config = SequorConfig.load(basedir.toPath(), [:])
assert config.url() == 'postgres://postgres@127.0.0.1:5432/shop_app_development'
def migrations = basedir.toPath().toAbsolutePath().resolve('src/main/resources/db/migrations').normalize()
assert config.migrationsDir() == migrations
context.put('written', file.text)
return true
