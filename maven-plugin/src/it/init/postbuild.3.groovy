import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)

assert out.contains('Overwrote sequor.properties')
assert new File(basedir, 'sequor.properties').text == context.get('written')
return true
