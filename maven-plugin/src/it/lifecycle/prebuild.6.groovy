import dev.sequor.maven.it.ItProject

context.get('userProperties').setProperty('to', ItProject.migration(basedir, 'drop-price').name)
return true
