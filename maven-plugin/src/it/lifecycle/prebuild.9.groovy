import dev.sequor.maven.it.ItProject

context.get('userProperties').setProperty('acceptChecksum',
    ItProject.migration(basedir, 'seed-categories').name)
return true
