import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)

assert out.contains('Overwrote sequor.properties')
assert out.contains('Next: set the URLs in sequor.properties, then ./mvnw sequor:db-create')
assert new File(basedir, 'sequor.properties').text == context.get('written')
return true
