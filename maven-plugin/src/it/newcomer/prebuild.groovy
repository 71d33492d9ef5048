import dev.sequor.maven.it.Readme

// The project starts as an empty folder holding only the README's pom.xml.
def readme = Readme.setUpYourProject(new File(basedir, '../../../../README.md'))
new File(basedir, 'pom.xml').text = readme.pom()
return true
