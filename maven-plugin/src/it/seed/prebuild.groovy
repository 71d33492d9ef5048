import dev.sequor.maven.it.ItDatabase

// a database of this run's own, given with a password that must never show (trust authentication ignores it)
def database = ItDatabase.newDatabase('seed')
context.put('database', database)
context.get('userProperties').setProperty('sequor.url', ItDatabase.url(database, 'it-secret-pw'))
return true
