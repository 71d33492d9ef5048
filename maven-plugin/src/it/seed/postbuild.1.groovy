import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def seeder = new File(basedir, 'src/main/java/shop/seeders/MoreProducts.java')

assert out.contains('New seed was created at src/main/java/shop/seeders/MoreProducts.java.')
assert seeder.isFile()
assert seeder.text.contains('package shop.seeders;')
assert seeder.text =~ /@Seed\(name = "\d{14}-more-products"\)/
assert seeder.text.contains('public class MoreProducts implements Seeder {')
return true
