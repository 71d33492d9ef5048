import dev.sequor.maven.it.ItDatabase
import dev.sequor.maven.it.Readme

// Runs the README's commands and writes its files, in the README's order, as a newcomer would. The one exception
// is the install from a clone: this build has installed the artifacts into the test repository already.
def readme = Readme.setUpYourProject(new File(basedir, '../../../../README.md'))
def database = ItDatabase.newDatabase('newcomer')
try {
  def maven = new Readme.Maven(new File(System.getProperty('maven.home')), localRepositoryPath, basedir,
      ['DATABASE_URL': ItDatabase.url(database, null)])
  def output = readme.run(maven, basedir)
  // the seeded row, then the one the app created, by name
  assert output.contains('Paper costs 4.99\nPen costs 1.50') : "the README's app printed:\n" + output
} finally {
  ItDatabase.drop(database)
}
return true
