import dev.sequor.maven.it.ItDatabase

def database = ItDatabase.newDatabase('model_generate')
context.put('database', database)
new File(basedir, '.env').text = "IT_DATABASE_URL=${ItDatabase.url(database, null)}\n"
return true
