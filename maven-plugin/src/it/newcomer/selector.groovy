import dev.sequor.maven.it.ItDatabase

return ItDatabase.available()
