import dev.sequor.maven.it.ItProject

// an applied migration edited afterwards
def seed = ItProject.migration(basedir, 'seed-categories')
seed.text = seed.text.replace('-- sequor:up\n', '-- sequor:up\n-- edited after it was applied\n')
return true
