import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)

assert out.contains('sequor.properties already exists: nothing was changed. Run sequor:init -Dforce')
assert out.contains('BUILD FAILURE')
assert new File(basedir, 'sequor.properties').text == context.get('written')
new File(basedir, 'sequor.properties').text = 'development.url=postgres://me@localhost/mine\n'
return true
