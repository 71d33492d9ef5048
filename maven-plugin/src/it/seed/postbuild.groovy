import dev.sequor.maven.it.ItDatabase

// runs after the last invocation, and after a failed one: never leave a test database behind
def database = context.get('database')
if (database != null) {
  ItDatabase.drop(database)
}
assert !new File(basedir, 'build.log').text.contains('it-secret-pw') : 'a password was printed'
return true
