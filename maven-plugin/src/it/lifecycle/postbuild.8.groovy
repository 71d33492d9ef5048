import dev.sequor.maven.it.ItProject

def out = ItProject.newOutput(basedir, context)
def seed = ItProject.migration(basedir, 'seed-categories').name

assert out.contains("up ${seed}  CHANGED: the file differs from the one applied")
assert out.contains("-DacceptChecksum=${seed}")
assert out.contains('BUILD FAILURE')
assert out.readLines().any { it.contains('[ERROR]') && it.contains(seed) }
assert out.contains('With Maven, once the database matches the changed file:'
    + " mvn sequor:migrate -DacceptChecksum=${seed}")
return true
