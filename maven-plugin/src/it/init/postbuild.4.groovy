import dev.sequor.maven.it.ItProject

// sequor:help lists every goal, and with -Ddetail their parameters
def out = ItProject.newOutput(basedir, context)
['init', 'db-create', 'db-drop', 'migrate', 'migrate-undo', 'migrate-undo-all', 'migrate-status',
 'migration-generate', 'model-generate', 'seed', 'seed-all', 'seed-undo', 'seed-undo-all', 'seed-generate',
 'help'].each {
  assert out.contains("sequor:${it}\n"), "sequor:help does not list sequor:${it}:\n${out}"
}
assert out.contains('name'), out
